#!/usr/bin/env bash
# Submits a study to Slurm as a job array of N shards plus a merge job that runs once all of them
# have succeeded:
#   tools/slurm/submit_study.sh CONFIG OUTDIR N [MERGED] [-- sbatch options for every job]
# writes OUTDIR/shard-k-of-N.json (one per task), OUTDIR/logs/, and MERGED (default
# OUTDIR/merged.json); prints "array JOBID merge JOBID". Every task is requeueable and resumes.
# Environment: NWGF, the nwgf program the jobs run (default: nwgf on PATH; give an absolute path
# when it is not installed on the compute nodes' PATH).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ $# -lt 3 ]; then
  echo "usage: $0 CONFIG OUTDIR N [MERGED] [-- sbatch options]" >&2
  exit 2
fi
config=$1 outdir=$2 count=$3
shift 3
merged="$outdir/merged.json"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then merged=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
case "$count" in
  '' | *[!0-9]* | 0) echo "submit_study.sh: N='$count' is not a whole number >= 1" >&2; exit 2 ;;
esac
[ -r "$config" ] || { echo "submit_study.sh: cannot read the study config '$config'" >&2; exit 2; }
mkdir -p "$outdir/logs"
# --plan checks the config (and the program) before anything is queued.
"${NWGF:-nwgf}" sweep --config "$config" --plan > /dev/null
array=$(sbatch --parsable --array="1-$count" --output="$outdir/logs/sweep-%A_%a.log" "$@" \
  "$here/sweep_array.sbatch" "$config" "$outdir")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$outdir/logs/merge-%j.log" "$@" "$here/merge.sbatch" "$outdir" "$count" "$merged")
merge=${merge%%;*}
echo "array $array merge $merge"
