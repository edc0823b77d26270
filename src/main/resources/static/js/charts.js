// Draws each score chart from the JSON beside it; the table next to every chart holds the same numbers.
import '/webjars/chart.js/dist/chart.umd.min.js';

for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
  const data = JSON.parse(document.getElementById(canvas.dataset.chart).textContent);
  const sessions = data.points.map(p => p.label);
  const datasets = [{
    label: data.measure,
    data: data.points.map(p => p.total),
    borderColor: '#005eb8',
    backgroundColor: '#005eb8',
    pointRadius: 4,
    tension: 0
  }];
  if (data.caseness !== null) {
    datasets.push({
      label: 'Caseness (' + data.casenessLabel + ')',
      data: sessions.map(() => data.caseness),
      borderColor: '#d4351c', borderDash: [6, 4], pointRadius: 0, borderWidth: 2
    });
  }
  if (data.reliableLow !== null) {
    datasets.push({
      label: 'Reliable change band from the first score',
      data: sessions.map(() => data.reliableHigh),
      borderColor: 'rgba(0,0,0,0)', backgroundColor: 'rgba(255,221,0,0.25)', pointRadius: 0, fill: '+1'
    });
    datasets.push({
      label: '',
      data: sessions.map(() => data.reliableLow),
      borderColor: 'rgba(0,0,0,0)', pointRadius: 0, fill: false
    });
  }
  if (data.expectedLow) {
    datasets.push({
      label: 'Upper edge of the expected response',
      data: data.expectedHigh,
      borderColor: 'rgba(0,112,60,0.6)', borderDash: [2, 3], pointRadius: 0, fill: false
    });
  }
  new window.Chart(canvas, {
    type: 'line',
    data: { labels: sessions, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { min: data.min, max: data.max, title: { display: true, text: 'Score' } } },
      plugins: { legend: { labels: { filter: item => item.text !== '' } } }
    }
  });
}
