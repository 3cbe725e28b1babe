#!/usr/bin/env bash
# CTest tools.slurm: runs a small study (particle and short neural cells) on a private
# single-node Slurm cluster booted here, as a 4-task job array plus the merge job of
# tools/slurm/submit_study.sh, and checks that
#   1. the merged result equals the unsharded study (nwgf sweep without Slurm) number for number;
#   2. a second submission in which one task is requeued mid-cell (scontrol requeue) ends equal
#      too, the requeued task resuming from its partial file.
# The cluster is private: munged with its own key and socket, slurmctld and slurmd with their own
# config, ports (free ones on 127.0.0.1), state, spool and logs, all in one temporary folder; no
# system service or file is touched. Everything started here is stopped at the end, on failure
# and on interruption too (trap). Skipped (exit 77) only where slurmd cannot run at all: the
# Slurm or munge programs are missing, or this is not root (slurmd starts jobs as their user).
#
# usage: tools/slurm/test_slurm.sh NWGF_BINARY      (NWGF_KEEP_SLURM_TMP=1 keeps the folder)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
skip() {
  echo "SKIP: $*"
  exit 77
}
nwgf=${1:-${NWGF_BIN:-}}
[ -n "$nwgf" ] && [ -x "$nwgf" ] || { echo "usage: $0 NWGF_BINARY" >&2; exit 2; }
nwgf=$(cd "$(dirname "$nwgf")" && pwd)/$(basename "$nwgf")
for program in munged munge slurmctld slurmd sbatch squeue scontrol sinfo python3; do
  command -v "$program" > /dev/null || skip "$program is not installed (tools/install-deps.sh installs slurm-wlm and munge)"
done
[ "$(id -u)" -eq 0 ] || skip "slurmd has to run as root to start jobs; this test runs as $(id -un)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nwgf-slurm.XXXXXX")
chmod 755 "$tmp"
export SLURM_CONF="$tmp/slurm.conf"
started=()  # pids of the daemons started here

# Pids of processes started by this cluster's jobs: they carry SLURM_CONF=<our config>.
job_pids() {
  local p
  for p in /proc/[0-9]*; do
    [ -r "$p/environ" ] || continue
    if { tr '\0' '\n' < "$p/environ"; } 2> /dev/null | grep -qxF "SLURM_CONF=$SLURM_CONF"; then
      echo "${p#/proc/}"
    fi
  done
}

stop_all() {
  local rc=$? pid i
  trap - EXIT INT TERM
  set +e
  if [ -S "$tmp/munge/munge.socket" ] && [ -f "$tmp/slurmctld.pid" ]; then
    timeout 10 scancel --quiet --full --user=root > /dev/null 2>&1
  fi
  for pid in "${started[@]}"; do kill -TERM "$pid" 2> /dev/null; done
  for i in $(seq 50); do
    local alive=0
    for pid in "${started[@]}"; do kill -0 "$pid" 2> /dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.2
  done
  for pid in "${started[@]}"; do kill -KILL "$pid" 2> /dev/null; done
  for pid in $(job_pids); do
    [ "$pid" != "$$" ] && kill -KILL "$pid" 2> /dev/null
  done
  if [ $rc -ne 0 ]; then
    echo "FAILED (exit $rc); the cluster's logs:"
    for f in "$tmp"/*.log "$tmp"/munge/*.log "$tmp"/out*/logs/*.log; do
      [ -f "$f" ] && { echo "== $f"; tail -n 15 "$f"; }
    done
  fi
  if [ "${NWGF_KEEP_SLURM_TMP:-0}" = 1 ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
  exit $rc
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# A TCP port nobody listens on at 127.0.0.1 (nor binds on any address, where ss can tell).
free_port() {
  local p i
  for i in $(seq 200); do
    p=$((20000 + RANDOM % 30000))
    if (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then continue; fi
    if command -v ss > /dev/null && [ -n "$(ss -Htan "( sport = :$p )" 2> /dev/null)" ]; then continue; fi
    echo "$p"
    return 0
  done
  echo "no free port found" >&2
  return 1
}

# Waits until `$@` succeeds, at most $deadline_s seconds; fails with $what otherwise.
wait_for() {
  local what=$1 deadline_s=$2
  shift 2
  local end=$((SECONDS + deadline_s))
  until "$@" > /dev/null 2>&1; do
    if [ $SECONDS -ge $end ]; then
      echo "timed out after ${deadline_s}s waiting for $what" >&2
      return 1
    fi
    sleep 0.2
  done
}

# --- munged: its own key, socket, pid, log and seed files ------------------------------------
mkdir -p "$tmp/munge" "$tmp/munge-key" "$tmp/state" "$tmp/spool"
chmod 755 "$tmp/munge"
chmod 700 "$tmp/munge-key"
dd if=/dev/urandom of="$tmp/munge-key/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge-key/munge.key"
socket="$tmp/munge/munge.socket"
munged --foreground --force --key-file="$tmp/munge-key/munge.key" --socket="$socket" \
  --pid-file="$tmp/munge/munged.pid" --log-file="$tmp/munge/munged.log" --seed-file="$tmp/munge/seed" \
  > "$tmp/munge/munged.out" 2>&1 &
started+=($!)
wait_for "munged" 10 bash -c "munge -S '$socket' -n | unmunge -S '$socket'"

# --- slurmctld and slurmd ----------------------------------------------------------------------
host=$(hostname -s)
ctld_port=$(free_port)
slurmd_port=$(free_port)
while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port=$(free_port); done
: > "$tmp/plugstack.conf"
cat > "$SLURM_CONF" << EOF
# Private test cluster of tools/slurm/test_slurm.sh (one node, loopback only).
ClusterName=nwgftest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
# cred_expire: how long a requeued job waits before it may start again (default 120 s).
AuthInfo=socket=$socket,cred_expire=5
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
PlugStackConfig=$tmp/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
JobRequeue=1
KillWait=5
MinJobAge=600
SlurmdParameters=config_overrides
TmpFS=$tmp
MailProg=/bin/true
NodeName=nwgfnode NodeHostname=$host NodeAddr=127.0.0.1 CPUs=2 RealMemory=1000 State=UNKNOWN
PartitionName=test Nodes=nwgfnode Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D -i -f "$SLURM_CONF" > "$tmp/slurmctld.out" 2>&1 &
started+=($!)
wait_for "slurmctld to answer" 30 scontrol ping
slurmd -D -N nwgfnode -f "$SLURM_CONF" > "$tmp/slurmd.out" 2>&1 &
started+=($!)
node_idle() { [ "$(sinfo -h -n nwgfnode -o %T 2> /dev/null)" = idle ]; }
wait_for "the node to come up idle" 60 node_idle
echo "private Slurm cluster up: slurmctld on 127.0.0.1:$ctld_port, slurmd on :$slurmd_port, state in $tmp"

# --- the study ---------------------------------------------------------------------------------
# 8 cells: particle and backward (neural, 200 Adam iterations per step), two r, two step sizes;
# two cells per shard, shard i holding cells i - 1 and i + 3: a particle cell, then a neural one.
# Task 2 is requeued once its first cell is done (its partial file exists): the neural cell it
# is then running takes seconds, long enough to requeue a task inside it. (With the neural cells
# first, task 2 ran a particle cell of a fraction of a second after its partial file appeared,
# and a fast idle machine finished it before the requeue.)
cat > "$tmp/study.json" << 'EOF'
{
  "name": "slurm-test", "schemes": ["particle", "backward"], "d": [2], "r": [1, 1.5],
  "taus": [0.1, 0.05], "seeds": [0], "T": 0.4, "particles": 256, "eval_samples": 200,
  "training": { "iters": 200, "batch": 32, "step_batch": 128 },
  "network": { "width": 16 }, "threads": 1
}
EOF
start=$SECONDS
"$nwgf" sweep --quiet --config "$tmp/study.json" --out "$tmp/unsharded.json" > /dev/null
echo "unsharded study (no Slurm): $((SECONDS - start)) s"

job_state() { scontrol show job "$1" 2> /dev/null | grep -o 'JobState=[A-Z_]*' | head -n 1 | cut -d= -f2; }
job_done() { [ "$(job_state "$1")" = "$2" ]; }
# Prints the states of the array's tasks (one per line).
array_states() { squeue -h -r -j "$1" -o %T 2> /dev/null; }

submit() {  # OUTDIR -> "ARRAY MERGE"
  NWGF="$nwgf" "$here/submit_study.sh" "$tmp/study.json" "$1" 4 "$1/merged.json" | awk '{print $2, $4}'
}

# 1. Four tasks and the merge.
start=$SECONDS
read -r array merge < <(submit "$tmp/out1")
echo "run 1: array job $array, merge job $merge"
wait_for "merge job $merge to complete" 150 job_done "$merge" COMPLETED
echo "run 1: merged after $((SECONDS - start)) s"
python3 "$here/same_numbers.py" "$tmp/unsharded.json" "$tmp/out1/merged.json"

# 2. Again, with task 2 requeued mid-cell: once it has finished a cell (its partial file exists)
# and is running the next.
start=$SECONDS
read -r array merge < <(submit "$tmp/out2")
echo "run 2: array job $array, merge job $merge"
partial="$tmp/out2/shard-2-of-4.partial.json"
running_with_partial() {
  [ -f "$partial" ] && [ ! -f "$tmp/out2/shard-2-of-4.json" ] && [ "$(job_state "${array}_2")" = RUNNING ]
}
wait_for "task ${array}_2 to finish its first cell" 120 running_with_partial
cp "$partial" "$tmp/partial-at-requeue.json" 2> /dev/null || {
  echo "task ${array}_2 finished before it could be requeued (its cells are too short on this machine)"
  exit 1
}
scontrol requeue "${array}_2"
cells_before=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["cells"]))' "$tmp/partial-at-requeue.json")
echo "run 2: requeued task ${array}_2 with $cells_before finished cell(s) in its partial file"
wait_for "merge job $merge to complete" 150 job_done "$merge" COMPLETED
echo "run 2: merged after $((SECONDS - start)) s"
restarts=$(scontrol show job "${array}_2" | grep -o 'Restarts=[0-9]*' | cut -d= -f2)
[ "${restarts:-0}" -ge 1 ] || { echo "task ${array}_2 shows no restart (Restarts=$restarts)"; exit 1; }
# Its last run resumed at least the cells its partial file held when it was requeued (one more if
# the next cell finished before the kill arrived).
resumed=$(grep -o '[0-9]* resumed' "$tmp/out2/logs/sweep-${array}_2.log" | tail -n 1 | cut -d' ' -f1)
[ "${resumed:-0}" -ge "$cells_before" ] || {
  echo "the requeued task did not resume from its $cells_before finished cell(s):"
  cat "$tmp/out2/logs/sweep-${array}_2.log"
  exit 1
}
python3 "$here/same_numbers.py" "$tmp/unsharded.json" "$tmp/out2/merged.json"
echo "run 2: the requeued task resumed $resumed finished cell(s)"
echo "PASS: 2 Slurm runs (4-task array + merge), one with a requeued task, equal the unsharded study"
