package org.socialprotection.map.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.zip.GZIPInputStream;
import org.socialprotection.map.bootstrap.DataSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Finds places by the start of their name in data/gazetteer/places.tsv.gz (GeoNames), without a database or network.
 * The file is read on first use, not at start-up: its 172,000 places take about a second to read and some 25 MB
 * of heap, which only an editor placing an observation needs.
 */
@Service
class Gazetteer {

    static final String FILE = "gazetteer/places.tsv.gz";
    static final String HEADER = "name\tlat\tlon\tiso3\tadmin1\tkind\tnear";
    /** Shorter prefixes match a large share of the world and say nothing about the place meant. */
    static final int MIN_QUERY = 2;

    /** Opens the uncompressed TSV; called once, on first use. */
    interface Source {
        Reader open() throws IOException;
    }

    private final Source source;
    private volatile Index index;

    @Autowired
    Gazetteer(ResourceLoader resources, DataSettings data) {
        this(() -> {
            Resource resource = resources.getResource(data.location() + FILE);
            return new InputStreamReader(new GZIPInputStream(resource.getInputStream(), 1 << 16),
                    StandardCharsets.UTF_8);
        });
    }

    /** Over any text in the format of places.tsv.gz, uncompressed: how the tests build one without Spring. */
    Gazetteer(Source source) {
        this.source = source;
    }

    /**
     * Places whose name starts with the query, ignoring case, accents and hyphens: exact names first, then shorter
     * names, cities before neighbourhoods of the same name length, then alphabetically. Empty for a query shorter than two letters once folded.
     */
    List<Place> search(String query, String iso3OrNull, int limit) {
        String prefix = fold(query == null ? "" : query);
        if (prefix.length() < MIN_QUERY || limit < 1) {
            return List.of();
        }
        return index().search(prefix, iso3OrNull == null ? null : iso3OrNull.toUpperCase(Locale.ROOT), limit);
    }

    /** How many places are loaded; loads them if they are not yet. */
    int size() {
        return index().names.length;
    }

    /**
     * The form names are compared in. NFD and dropping the marks turns "São Paulo" into "sao paulo"; the letters
     * that Unicode does not decompose (Łódź, Tromsø, Đà Nẵng, Straße) are mapped by hand, and hyphens count as
     * spaces, so that "port au" finds Port-au-Prince.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true; // drops leading separators; a trailing one is cut below
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isMark(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '_' || (c >= '\u2010' && c <= '\u2015')) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            switch (c) {
                case 'ł', 'Ł' -> out.append('l');
                case 'ø', 'Ø' -> out.append('o');
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'þ', 'Þ' -> out.append("th");
                case '’', '‘', 'ʻ', 'ʼ', '`' -> out.append('\'');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        if (space && !out.isEmpty()) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private Index index() {
        Index loaded = index;
        if (loaded == null) {
            synchronized (this) {
                loaded = index;
                if (loaded == null) {
                    loaded = read();
                    index = loaded;
                }
            }
        }
        return loaded;
    }

    private Index read() {
        try (BufferedReader in = new BufferedReader(source.open(), 1 << 16)) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(FILE + ": the header is '" + header + "', expected '"
                        + HEADER.replace('\t', ',') + "'");
            }
            return Index.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + FILE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parallel arrays sorted by folded name, so a prefix is one binary search and its matches are contiguous.
     * Country codes and region names repeat thousands of times and are shared, not copied per place.
     */
    private static final class Index {

        final String[] names;
        final String[] folded;
        final double[] lats;
        final double[] lons;
        final String[] countries;
        final String[] regions;
        /** Set for a neighbourhood: the city it belongs to, or "" where GeoNames names none near; null for a city. */
        final String[] nearOf;

        private Index(int n) {
            this.names = new String[n];
            this.folded = new String[n];
            this.lats = new double[n];
            this.lons = new double[n];
            this.countries = new String[n];
            this.regions = new String[n];
            this.nearOf = new String[n];
        }

        static Index of(BufferedReader in) throws IOException {
            List<Place> rows = new ArrayList<>(180_000);
            Map<String, String> shared = new HashMap<>();
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 7 || cells[0].isBlank()) {
                    throw new IllegalStateException(FILE + ", line " + lineNumber + ": expected 7 cells and a name");
                }
                if (!Place.CITY.equals(cells[5]) && !Place.NEIGHBOURHOOD.equals(cells[5])) {
                    throw new IllegalStateException(FILE + ", line " + lineNumber + ": unknown kind '" + cells[5] + "'");
                }
                rows.add(new Place(cells[0], coordinate(cells[1], 90, lineNumber),
                        coordinate(cells[2], 180, lineNumber), shared.computeIfAbsent(cells[3], s -> s),
                        cells[4].isEmpty() ? null : shared.computeIfAbsent(cells[4], s -> s),
                        Place.NEIGHBOURHOOD.equals(cells[5]) ? Place.NEIGHBOURHOOD : Place.CITY,
                        Place.NEIGHBOURHOOD.equals(cells[5]) ? shared.computeIfAbsent(cells[6], s -> s) : null,
                        Place.GEONAMES));
            }
            // A stable sort: the file is sorted by country, so places of the same name keep that order.
            Entry[] sorted = new Entry[rows.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = new Entry(fold(rows.get(i).name()), rows.get(i));
            }
            Arrays.sort(sorted);

            int n = sorted.length;
            Index index = new Index(n);
            for (int at = 0; at < n; at++) {
                Place place = sorted[at].place();
                index.names[at] = place.name();
                index.folded[at] = sorted[at].folded();
                index.lats[at] = place.lat();
                index.lons[at] = place.lon();
                index.countries[at] = place.country();
                index.regions[at] = place.admin1();
                index.nearOf[at] = place.near();
            }
            return index;
        }

        private record Entry(String folded, Place place) implements Comparable<Entry> {
            @Override
            public int compareTo(Entry other) {
                int byFolded = folded.compareTo(other.folded);
                return byFolded != 0 ? byFolded : place.name().compareTo(other.place.name());
            }
        }

        private static double coordinate(String text, double bound, int line) {
            try {
                double value = Double.parseDouble(text);
                if (Math.abs(value) <= bound) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below with the line
            }
            throw new IllegalStateException(FILE + ", line " + line + ": '" + text + "' is not a coordinate");
        }

        List<Place> search(String prefix, String iso3, int limit) {
            // The best `limit` matches so far, the worst on top: a long range ("sa") costs one pass, not a sort.
            // A city outranks a neighbourhood of the same name length: "Warwick" is first the town in England.
            Comparator<Integer> better = Comparator.comparingInt((Integer i) -> folded[i].length())
                    .thenComparingInt(i -> nearOf[i] == null ? 0 : 1)
                    .thenComparingInt(i -> i);
            PriorityQueue<Integer> best = new PriorityQueue<>(limit + 1, better.reversed());
            for (int i = lowerBound(prefix); i < folded.length && folded[i].startsWith(prefix); i++) {
                if (iso3 != null && !iso3.equals(countries[i])) {
                    continue;
                }
                if (best.size() < limit) {
                    best.add(i);
                } else if (better.compare(i, best.peek()) < 0) {
                    best.poll();
                    best.add(i);
                }
            }
            List<Integer> chosen = new ArrayList<>(best);
            chosen.sort(better);
            return chosen.stream().map(this::place).toList();
        }

        private Place place(int i) {
            boolean neighbourhood = nearOf[i] != null;
            return new Place(names[i], lats[i], lons[i], countries[i], regions[i],
                    neighbourhood ? Place.NEIGHBOURHOOD : Place.CITY,
                    neighbourhood && !nearOf[i].isEmpty() ? nearOf[i] : null, Place.GEONAMES);
        }

        private int lowerBound(String prefix) {
            int low = 0;
            int high = folded.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (folded[mid].compareTo(prefix) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
