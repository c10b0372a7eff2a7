/**
 * Why a browser would refuse MapLibre's module worker, or null when nothing is wrong with its file.
 * MapLibre reports only "Worker failed to load", so after that error the element asks the server what it
 * sends: a type that is not JavaScript, or no file at all, is said plainly in the error box.
 */
export async function workerProblem(url: string): Promise<string | null> {
  const address = new URL(url, document.baseURI);
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return null;
  try {
    const response = await fetch(address, { method: 'HEAD', cache: 'no-store' });
    if (!response.ok)
      return `MapLibre's worker ${address.pathname} could not be loaded: HTTP ${response.status}`;
    const type = response.headers.get('content-type') ?? '';
    if (/javascript|ecmascript/i.test(type)) return null;
    return (
      `the server sends MapLibre's worker (${address.pathname}) as "${type || 'no type'}"; browsers run it ` +
      'only when it is served as JavaScript (text/javascript): see "What a host must serve" in the docs'
    );
  } catch {
    return null;
  }
}
