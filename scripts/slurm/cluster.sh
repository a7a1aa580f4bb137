#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for tests: munged, slurmctld and slurmd in the
# foreground (backgrounded by this shell), without systemd or cgroups; up in about a second.
# Source it, then call slurm_up; slurm_down stops exactly the daemons slurm_up started.
# Needs Debian's slurm-wlm and munge (bookworm: Slurm 22.05), root, and the default ports
# 6817/6818 on localhost. It overwrites /etc/slurm/slurm.conf (a test machine's, not a cluster's).
SLURM_PIDS=()

slurm_up() {
  local work=$1
  local host ncpu mem
  host=$(hostname -s)
  ncpu=$(nproc)
  mem=$(awk '/MemTotal/ {print int($2/1024) - 1024}' /proc/meminfo)   # MiB, 1 GiB headroom
  mkdir -p "$work/state" "$work/spool" "$work/log"

  [ -s /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key; chmod 400 /etc/munge/munge.key
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /var/log/munge /var/lib/munge
  setpriv --reuid=munge --regid=munge --init-groups munged -F >"$work/log/munged.out" 2>&1 &
  SLURM_PIDS=($!)
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge | grep -q 'STATUS: *Success'

  cat > /etc/slurm/slurm.conf <<CONF
ClusterName=framediff-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$host CPUs=$ncpu RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

  slurmctld -D -i >"$work/log/slurmctld.out" 2>&1 &     # -i: ignore stale state
  SLURM_PIDS=($! "${SLURM_PIDS[@]}")
  for _ in $(seq 100); do scontrol ping 2>/dev/null | grep -q UP && break; sleep 0.2; done
  slurmd -D >"$work/log/slurmd.out" 2>&1 &
  SLURM_PIDS=($! "${SLURM_PIDS[@]}")
  for _ in $(seq 300); do
    [ "$(sinfo -h -n "$host" -o %t 2>/dev/null)" = idle ] && return 0
    sleep 0.2
  done
  echo "slurm: node $host did not become idle; logs in $work/log" >&2
  return 1
}

# Stop slurmd, slurmctld, then munged: exactly the PIDs slurm_up started; fail if one survives.
slurm_down() {
  local p
  for p in "${SLURM_PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  for p in "${SLURM_PIDS[@]}"; do
    if kill -0 "$p" 2>/dev/null; then echo "slurm: PID $p still alive" >&2; return 1; fi
  done
  SLURM_PIDS=()
}
