#!/usr/bin/env bash
# A real one-node Slurm cluster, for `xorgen sweep --slurm --submit`. Runnable by hand (as root, on Debian):
#   tests/slurm/run.sh
# 1. installs Debian's slurm-wlm and munge when missing;
# 2. starts munged, slurmctld and slurmd with a localhost slurm.conf written here (state under a temporary directory);
# 3. submits tests/slurm/sweep.yaml as a 4-task array (2 runs per task, at most 2 tasks at once) through
#    `xorgen sweep --slurm --submit`, and waits for the array;
# 4. runs the same sweep locally without sharding and checks that the two results tables are equal, metric for metric
#    (every column but the wall-clock ones), via `xorgen results --query ... --csv`;
# 5. stops every daemon it started — by the pids in their pid files — also on failure (trap).
# Exit code 0 when the tables are equal; 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

if [ "$(id -u)" != 0 ]; then echo "tests/slurm/run.sh: needs root (it installs packages and starts the Slurm daemons)" >&2; exit 1; fi
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  echo "== installing slurm-wlm and munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq slurm-wlm munge >/dev/null
fi

work=$(mktemp -d /tmp/xorgen-slurm.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  local rc=$?
  for pidfile in "$work/slurmd.pid" "$work/slurmctld.pid" "$work/munged.pid"; do
    if [ -s "$pidfile" ]; then
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [ $rc -ne 0 ]; then
    echo "tests/slurm/run.sh: FAILED (exit $rc); daemon logs:" >&2
    tail -n 20 "$work"/*.log >&2 2>/dev/null || true
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT

host=$(hostname -s)
cpus=$(nproc)
mem=$(( $(free -m | awk '/^Mem:/ {print $2}') * 9 / 10 ))

echo "== munge"
if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge
  dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
  chown munge:munge /etc/munge/munge.key
  chmod 400 /etc/munge/munge.key
fi
mkdir -p "$work/munge" /run/munge /var/lib/munge /var/log/munge
chown munge:munge "$work/munge" /run/munge /var/lib/munge /var/log/munge
chmod 755 /run/munge
socket="$work/munge/munge.socket.2"
runuser -u munge -- /usr/sbin/munged --socket="$socket" --pid-file="$work/munge/munged.pid" --log-file="$work/munge/munged.log" --force
for _ in $(seq 50); do [ -s "$work/munge/munged.pid" ] && break; sleep 0.1; done
cp "$work/munge/munged.pid" "$work/munged.pid"
munge --socket="$socket" -n | unmunge --socket="$socket" | grep -q "STATUS:.*Success"

echo "== slurm.conf ($host, $cpus CPUs, $mem MB)"
mkdir -p "$work/ctld" "$work/d" "$work/conf"
chown slurm:slurm "$work/ctld"
cat > "$work/conf/slurm.conf" <<CONF
ClusterName=xorgen-ci
SlurmctldHost=$host
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
SlurmUser=slurm
StateSaveLocation=$work/ctld
SlurmdSpoolDir=$work/d
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
SlurmctldPort=$((6817 + RANDOM % 1000))
SlurmdPort=$((7817 + RANDOM % 1000))
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/conf/slurm.conf"

echo "== slurmctld, slurmd"
/usr/sbin/slurmctld -f "$SLURM_CONF"
/usr/sbin/slurmd -f "$SLURM_CONF"
for _ in $(seq 100); do
  state=$(sinfo -h -N -o %t 2>/dev/null | head -n 1 || true)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] || { echo "tests/slurm/run.sh: the node did not become idle (state '$state')" >&2; exit 1; }

echo "== build xorgen"
dotnet build src/Samples/XorGen.Cli -c Release -v q -nologo >/dev/null
xorgen=(dotnet "$repo/src/Samples/XorGen.Cli/bin/Release/net10.0/xorgen.dll")

sharded="$work/sharded"
local="$work/local"
mkdir -p "$sharded"
chmod 777 "$work" "$sharded"

echo "== submit: xorgen sweep --slurm --submit (4 tasks of 2 runs, at most 2 at once)"
out=$("${xorgen[@]}" sweep tests/slurm/sweep.yaml --out "$sharded" --slurm --submit --runs-per-task 2 --array-limit 2 \
  --sbatch-arg=--cpus-per-task=1 --sbatch-arg=--time=00:10:00)
echo "$out"
grep -q "8 runs in 4 array tasks, at most 2 at once" <<<"$out"
job=$(sed -n 's/^submitted *job \([0-9]*\).*/\1/p' <<<"$out")
[ -n "$job" ] || { echo "tests/slurm/run.sh: no job id in the output" >&2; exit 1; }

echo "== wait for job $job"
for _ in $(seq 600); do
  [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break
  sleep 0.5
done
[ -z "$(squeue -h -j "$job" 2>/dev/null)" ] || { echo "tests/slurm/run.sh: job $job still queued after 5 minutes" >&2; squeue >&2; exit 1; }
tasks=$(ls "$sharded"/slurm/*.out | wc -l)
echo "array tasks that wrote output: $tasks"
[ "$tasks" = 4 ] || { echo "tests/slurm/run.sh: expected 4 task outputs" >&2; cat "$sharded"/slurm/*.out >&2; exit 1; }
cat "$sharded"/slurm/*.out | grep -E "^sweep .* shard [0-3]/4: 2 runs: 2 done now" | wc -l | grep -qx 4 \
  || { echo "tests/slurm/run.sh: not every task ran its 2 runs" >&2; cat "$sharded"/slurm/*.out >&2; exit 1; }

echo "== the same sweep locally, unsharded"
"${xorgen[@]}" sweep tests/slurm/sweep.yaml --out "$local" --jobs 2 2>/dev/null

query="SELECT * EXCLUDE (steps_per_second, wall_time_seconds) FROM runs ORDER BY run_id"
"${xorgen[@]}" results "$sharded" --query "$query" --csv > "$work/sharded.csv"
"${xorgen[@]}" results "$local" --query "$query" --csv > "$work/local.csv"
rows=$(($(wc -l < "$work/local.csv") - 1))
[ "$rows" = 8 ] || { echo "tests/slurm/run.sh: the local table has $rows rows, expected 8" >&2; exit 1; }
if ! diff -u "$work/local.csv" "$work/sharded.csv"; then
  echo "tests/slurm/run.sh: the Slurm array's table differs from the local sweep's" >&2
  exit 1
fi
echo "tests/slurm/run.sh: OK: the 4-task Slurm array's table equals the local sweep's, metric for metric ($rows runs)"
