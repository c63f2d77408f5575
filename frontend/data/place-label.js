// How a place suggestion reads in the observation form's list: "Nungua, neighbourhood of Accra, Greater Accra, GHA",
// "Makola Market, market, from the atlas, GHA". The words come translated from the page; {0} is the city's name.
export function placeLabel(place, words = {}) {
  const parts = [place.name];
  if (place.kind === 'neighbourhood') {
    parts.push(place.near && words.neighbourhoodOf ? words.neighbourhoodOf.replace('{0}', place.near)
      : words.neighbourhood);
  } else if (place.kind === 'market') {
    parts.push(words.market);
  }
  if (place.source === 'atlas') parts.push(words.fromAtlas);
  parts.push(place.admin1, place.country);
  return parts.filter(Boolean).join(', ');
}
