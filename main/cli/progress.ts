// Progress of long CLI commands, on stderr so stdout stays machine-readable: one line per report
// when piped, one updating line on a terminal.
export function stderrProgress(what: string, minTotal = 0): (phase: string, done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  return (phase, done, total) => {
    // Short jobs finish before progress would help; their output stays clean.
    if (total < minTotal) return;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const line = `${what}: ${phase} ${done}/${total} (${pct}%)`;
    if (tty) process.stderr.write(`\r\x1b[2K${line}${done >= total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}
