#include "SqlWhere.h"

namespace nestogy {

void SqlWhere::add(const QString &condition, const QVariantList &binds)
{
    m_conditions.append(condition);
    m_binds.append(binds);
}

void SqlWhere::addIn(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &value : values) {
        marks.append(QStringLiteral("?"));
        m_binds.append(value);
    }
    m_conditions.append(column + QStringLiteral(" IN (") + marks.join(u", ") + u')');
}

void SqlWhere::addContains(const QStringList &columns, const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty() || columns.isEmpty())
        return;
    QString escaped;
    for (const QChar ch : needle) {
        if (ch == u'!' || ch == u'%' || ch == u'_')
            escaped += u'!';
        escaped += ch;
    }
    const QString pattern = u'%' + escaped + u'%';
    QStringList any;
    for (const QString &column : columns) {
        any.append(QStringLiteral("LOWER(") + column + QStringLiteral(") LIKE ? ESCAPE '!'"));
        m_binds.append(pattern);
    }
    m_conditions.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
}

} // namespace nestogy
