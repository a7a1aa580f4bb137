/**
 * Write and wait for the flush, so a piped reader gets everything before the exit code.
 * A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
 */
export function writeStdout(data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Stays attached: the stream reports EPIPE after the write callback too.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') resolve();
      else reject(error);
    });
    process.stdout.write(data, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}
