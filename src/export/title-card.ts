/** The film's opening card: the dataset's title and subtitle on the theme's surface, sized to the film. */
export function drawTitleCard(
  canvas: HTMLCanvasElement,
  size: { width: number; height: number },
  card: { title: string; subtitle: string; font: string; background: string; color: string },
): void {
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the title card on');
  const k = Math.min(size.width / 1920, size.height / 1080);
  ctx.fillStyle = card.background;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.fillStyle = card.color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const family = card.font || 'sans-serif';
  const line = (text: string, weight: number, px: number, y: number) => {
    ctx.font = `${weight} ${Math.round(px * k)}px ${family}`;
    ctx.fillText(text, size.width / 2, y, size.width * 0.86);
  };
  line(card.title, 700, 76, size.height * 0.44);
  if (card.subtitle.trim()) line(card.subtitle, 400, 40, size.height * 0.44 + 100 * k);
}
