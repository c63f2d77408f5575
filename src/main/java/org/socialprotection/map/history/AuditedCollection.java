package org.socialprotection.map.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.metamodel.mapping.CollectionPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.EntityValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The audit rows of one collection of a record (branches, sources, coverage, linked schemes...), read straight from
 * its {@code _aud} table and replayed revision by revision. Envers writes these rows well but cannot read back
 * collections of record-typed embeddables ({@code Source}, {@code GroupCoverage}): it wants a no-argument
 * constructor. Hibernate's own metamodel gives the columns and turns them into values, records included.
 */
final class AuditedCollection {

    /** A record another record links to, by id: its current state is looked up when needed. */
    record Link(Class<?> entity, Object id) {
    }

    private record Row(long revision, int revisionType, Object index, Object element) {
    }

    private static final int DELETED = 2;

    private final String table;
    private final String keyColumn;
    private final SelectableMapping index;
    private final List<SelectableMapping> elementColumns = new ArrayList<>();
    private final CollectionPart element;

    private AuditedCollection(String property, PluralAttributeMapping mapping) {
        // Envers's default suffix, _AUD, as Spring's naming strategy writes it (and V5__history.sql creates it)
        this.table = mapping.getSeparateCollectionTable() + "_aud";
        List<SelectableMapping> key = new ArrayList<>();
        mapping.getKeyDescriptor().getKeyPart().forEachSelectable((i, s) -> key.add(s));
        if (key.size() != 1) {
            throw new IllegalStateException(property + ": a collection keyed by " + key.size() + " columns");
        }
        this.keyColumn = key.get(0).getSelectionExpression();
        CollectionPart indexPart = mapping.getIndexDescriptor();
        List<SelectableMapping> indexColumns = new ArrayList<>();
        if (indexPart != null) {
            indexPart.forEachSelectable((i, s) -> indexColumns.add(s));
        }
        this.index = indexColumns.isEmpty() ? null : indexColumns.get(0);
        this.element = mapping.getElementDescriptor();
        element.forEachSelectable((i, s) -> elementColumns.add(s));
    }

    /** The collections of a record type, by field name. */
    static Map<String, AuditedCollection> of(EntityPersister persister) {
        Map<String, AuditedCollection> collections = new LinkedHashMap<>();
        for (String name : persister.getPropertyNames()) {
            if (persister.findAttributeMapping(name) instanceof PluralAttributeMapping plural) {
                collections.put(name, new AuditedCollection(name, plural));
            }
        }
        return collections;
    }

    /** Replays the rows of one record; {@link State#at} then gives the collection as of any revision. */
    State read(SessionImplementor session, Object ownerId) {
        StringBuilder sql = new StringBuilder("SELECT rev, revtype");
        if (index != null) {
            sql.append(", ").append(index.getSelectionExpression());
        }
        for (SelectableMapping column : elementColumns) {
            sql.append(", ").append(column.getSelectionExpression());
        }
        // within a revision, removals before additions: a changed list entry is a removal and an addition
        sql.append(" FROM ").append(table).append(" WHERE ").append(keyColumn)
                .append(" = ? ORDER BY rev, revtype DESC");
        List<Row> rows = session.doReturningWork(connection -> {
            List<Row> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setObject(1, ownerId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        int column = 3;
                        Object position = index == null ? null : value(index, result, column++, session);
                        Object[] values = new Object[elementColumns.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = value(elementColumns.get(i), result, column++, session);
                        }
                        found.add(new Row(result.getLong(1), result.getInt(2), position, element(values)));
                    }
                }
            }
            return found;
        });
        return new State(rows, index != null);
    }

    private Object element(Object[] values) {
        if (element instanceof EmbeddableValuedModelPart embeddable) {
            return embeddable.getEmbeddableTypeDescriptor().getRepresentationStrategy().getInstantiator()
                    .instantiate(() -> values);
        }
        if (element instanceof EntityValuedModelPart entity) {
            return new Link(entity.getEntityMappingType().getJavaType().getJavaTypeClass(), values[0]);
        }
        return values[0];
    }

    private static Object value(SelectableMapping column, ResultSet result, int position, SessionImplementor session)
            throws SQLException {
        Object jdbc = column.getJdbcMapping().getJdbcValueExtractor().extract(result, position, session);
        return column.getJdbcMapping().convertToDomainValue(jdbc);
    }

    /** The rows of one record's collection, replayed on demand. */
    static final class State {

        private final List<Row> rows;
        private final boolean ordered;

        private State(List<Row> rows, boolean ordered) {
            this.rows = rows;
            this.ordered = ordered;
        }

        /** Whether the elements have an order (a list) or not (a set). */
        boolean ordered() {
            return ordered;
        }

        /** The elements as of a revision: in order for a list, as stored for a set. */
        List<Object> at(long revision) {
            TreeMap<Integer, Object> byPosition = new TreeMap<>();
            List<Object> elements = new ArrayList<>();
            for (Row row : rows) {
                if (row.revision() > revision) {
                    break;
                }
                if (ordered) {
                    int position = ((Number) row.index()).intValue();
                    if (row.revisionType() == DELETED) {
                        byPosition.remove(position);
                    } else {
                        byPosition.put(position, row.element());
                    }
                } else if (row.revisionType() == DELETED) {
                    elements.remove(row.element());
                } else {
                    elements.add(row.element());
                }
            }
            return ordered ? new ArrayList<>(byPosition.values()) : elements;
        }
    }
}
