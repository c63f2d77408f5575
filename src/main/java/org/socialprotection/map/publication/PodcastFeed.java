package org.socialprotection.map.publication;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A podcast feed: RSS 2.0 with the iTunes namespace, as podcast directories read it. Only episodes with a stored
 * audio file are items, since a directory needs an enclosure to play; the others stay on /podcasts with their link.
 */
final class PodcastFeed {

    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    record Channel(String title, String link, String self, String description, String language, String image,
                   String author, String category) {
    }

    record Episode(String guid, String title, String link, String description, String date, Integer duration,
                   String audioUrl, long length, String type) {
    }

    private PodcastFeed() {
    }

    static String write(Channel channel, List<Episode> episodes) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("itunes", ITUNES);
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            text(xml, "title", channel.title());
            text(xml, "link", channel.link());
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", channel.self());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            text(xml, "description", channel.description());
            text(xml, "language", channel.language());
            xml.writeEmptyElement("itunes", "image", ITUNES);
            xml.writeAttribute("href", channel.image());
            xml.writeStartElement("image");
            text(xml, "url", channel.image());
            text(xml, "title", channel.title());
            text(xml, "link", channel.link());
            xml.writeEndElement();
            itunes(xml, "author", channel.author());
            xml.writeEmptyElement("itunes", "category", ITUNES);
            xml.writeAttribute("text", channel.category());
            itunes(xml, "explicit", "false");
            for (Episode e : episodes) {
                xml.writeStartElement("item");
                text(xml, "title", e.title());
                text(xml, "link", e.link());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(e.guid());
                xml.writeEndElement();
                if (e.date() != null) {
                    text(xml, "pubDate", rfc822(e.date()));
                }
                if (e.description() != null) {
                    text(xml, "description", e.description());
                }
                if (e.duration() != null) {
                    itunes(xml, "duration", String.valueOf(e.duration()));
                }
                itunes(xml, "explicit", "false");
                xml.writeEmptyElement("enclosure");
                xml.writeAttribute("url", e.audioUrl());
                xml.writeAttribute("length", String.valueOf(e.length()));
                xml.writeAttribute("type", e.type());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 822 from a partial date: a year alone is 1 January, a month alone its first day. */
    static String rfc822(String partial) {
        String full = switch (partial.length()) {
            case 4 -> partial + "-01-01";
            case 7 -> partial + "-01";
            default -> partial;
        };
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(LocalDate.parse(full).atStartOfDay(ZoneOffset.UTC));
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void itunes(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("itunes", name, ITUNES);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
