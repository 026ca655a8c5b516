// Loaded (blocking) in the head of presenter mode only: marks the page before its first paint, so the slides replace
// the no-JavaScript list of steps without moving anything on screen (no layout shift).
document.documentElement.classList.add('app-js', 'app-presenting');
