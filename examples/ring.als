// A ring of processes (Traceoid's own example for `traceoid alloy`): every process has one
// successor, and following successors from any process reaches every process.
sig Process { succ: one Process }

fact ring { all p: Process | Process in p.^succ }

pred show { #Process = 3 }
run show for 3

// Holds: on a finite set, a successor function whose closure reaches everything is a bijection.
assert succIsInjective { all disj p, q: Process | p.succ != q.succ }
check succIsInjective for 5

// Fails: a ring of one process is its own successor.
assert noSelfLoop { no p: Process | p.succ = p }
check noSelfLoop for 3
