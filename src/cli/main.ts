// The framediff command: a thin shell over the library API.
process.stderr.write('framediff: no commands yet\n');
process.exit(2);
