// ':' and ',' are legal in a query string; keeping them makes permalinks (sel=o:12, bbox=1,2,3,4) readable.
export function toQuery(pairs) {
  return pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%20/g, '+')}`)
    .join('&');
}
