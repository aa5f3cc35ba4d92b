#pragma once

#include <QStringList>
#include <QVariantList>

namespace nestogy {

// The WHERE conditions of a list query, built from a user's filter. Values are always bound, never spliced
// into the SQL; column names come from the query classes' own code.
class SqlWhere
{
public:
    void add(const QString &condition, const QVariantList &binds = {});
    // column IN (values); nothing when values is empty (no restriction).
    void addIn(const QString &column, const QStringList &values);
    // Case-insensitive substring match of text in any of the columns; nothing when text is blank. LIKE's
    // wildcards in text are matched literally.
    void addContains(const QStringList &columns, const QString &text);

    const QStringList &conditions() const { return m_conditions; }
    const QVariantList &binds() const { return m_binds; }

private:
    QStringList m_conditions;
    QVariantList m_binds;
};

} // namespace nestogy
