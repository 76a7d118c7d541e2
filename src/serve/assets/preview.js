// Added to pages only as `fluentpress serve` sends them, never in the files it builds: reloads
// the page after every rebuild, and inside the translate view reports which block was clicked.
"use strict";

// The build this page comes from: a later one reloads it at once.
const since = document.currentScript.dataset.generation;
new EventSource(`/_fp/events?since=${since}`).addEventListener("reload", () => location.reload());

if (window.parent !== window) {
  const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, img";
  document.addEventListener("click", (event) => {
    const block = event.target.closest(BLOCKS);
    if (!block || !block.closest("main")) return;
    // A click picks a message to translate; it does not follow the link it landed on.
    event.preventDefault();
    const text = block.tagName === "IMG" ? block.alt : block.textContent;
    window.parent.postMessage({ type: "fluentpress-unit", text }, location.origin);
  });
}
