// Draws each outcomes chart from the JSON beside it; the table next to every chart holds the same numbers.
import '/webjars/chart.js/dist/chart.umd.min.js';

const colours = ['#005eb8', '#00703c', '#912b88', '#d4351c', '#f47738', '#505a5f'];

for (const canvas of document.querySelectorAll('canvas[data-outcome-chart]')) {
  const data = JSON.parse(document.getElementById(canvas.dataset.outcomeChart).textContent);
  const datasets = data.series.map((s, i) => ({
    label: s.label,
    data: s.values,
    borderColor: colours[i % colours.length],
    backgroundColor: s.dashed ? 'rgba(0,0,0,0)' : colours[i % colours.length],
    borderDash: s.dashed ? [6, 4] : [],
    borderWidth: s.dashed ? 2 : 2,
    pointRadius: s.dashed ? 0 : 3,
    spanGaps: false,
    tension: 0
  }));
  const y = { beginAtZero: true, title: { display: true, text: data.yTitle } };
  if (data.max !== null) {
    y.max = data.max;
  }
  new window.Chart(canvas, {
    type: data.type,
    data: { labels: data.labels, datasets },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y } }
  });
  // Lets a browser test see that the chart was drawn under the page's Content-Security-Policy.
  canvas.dataset.drawn = 'true';
}
