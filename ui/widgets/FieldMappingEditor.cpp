#include "FieldMappingEditor.h"

#include "FieldErrorLabel.h"
#include "GenericNormalizer.h"
#include "MappingPreview.h"
#include "ObjectNames.h"
#include "SeverityLabels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

QString pathLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {u"alert_id"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Alert &id:")},
        {u"device_id"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "&Device id:")},
        {u"device_name"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Device &name:")},
        {u"client_id"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Client id:")},
        {u"client_name"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Client name:")},
        {u"message"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "M&essage:")},
        {u"severity"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Severit&y:")},
        {u"status"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "S&tatus:")},
        {u"timestamp"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Time:")},
        {u"alert_type"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Alert type:")},
        {u"event_id"_s, QT_TRANSLATE_NOOP("nestogy::FieldMappingEditor", "Event id:")}};
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("nestogy::FieldMappingEditor", label) : field + u':';
}

// What the preview shows, in order: key, label.
QList<std::pair<QString, QString>> resultRows()
{
    return {{u"alertId"_s, FieldMappingEditor::tr("Alert id:")},
            {u"device"_s, FieldMappingEditor::tr("Device:")},
            {u"client"_s, FieldMappingEditor::tr("Client:")},
            {u"severity"_s, FieldMappingEditor::tr("Severity:")},
            {u"status"_s, FieldMappingEditor::tr("Status:")},
            {u"message"_s, FieldMappingEditor::tr("Message:")},
            {u"time"_s, FieldMappingEditor::tr("Time:")}};
}

QString withWord(const QString &display, const QString &word)
{
    return word.isEmpty() ? display : FieldMappingEditor::tr("%1 (sent as \"%2\")").arg(display, word);
}

} // namespace

FieldMappingEditor::FieldMappingEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name);

    auto *pathsBox = new QGroupBox(tr("Where each field is in the payload"), this);
    auto *paths = new QFormLayout(pathsBox);
    for (const QString &field : GenericNormalizer::pathFields()) {
        auto *edit = new QLineEdit(pathsBox);
        edit->setObjectName(name + objectNames::pascal(field) + u"Edit"_s);
        edit->setPlaceholderText(u"$."_s + field);
        QString spoken = pathLabel(field);
        spoken.remove(u'&');
        spoken.chop(1);
        edit->setAccessibleName(tr("Path of %1").arg(spoken));
        auto *error = new FieldErrorLabel(edit, pathsBox);
        auto *label = new QLabel(pathLabel(field), pathsBox);
        label->setBuddy(edit);
        paths->addRow(label, FieldErrorLabel::under(edit, error, pathsBox));
        m_paths.insert(field, edit);
        m_errors.insert(field, error);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading) {
                updatePreview();
                Q_EMIT changed();
            }
        });
    }
    m_resolveValues = new QLineEdit(pathsBox);
    m_resolveValues->setObjectName(name + u"ResolveValuesEdit"_s);
    m_resolveValues->setAccessibleName(tr("Status values that mean resolved"));
    m_resolveValues->setPlaceholderText(tr("resolved, ok"));
    m_resolveValues->setToolTip(tr("Comma-separated status values that close the alert."));
    auto *resolveError = new FieldErrorLabel(m_resolveValues, pathsBox);
    m_errors.insert(u"resolve_values"_s, resolveError);
    auto *resolveLabel = new QLabel(tr("Resolved &when status is:"), pathsBox);
    resolveLabel->setBuddy(m_resolveValues);
    paths->addRow(resolveLabel, FieldErrorLabel::under(m_resolveValues, resolveError, pathsBox));
    connect(m_resolveValues, &QLineEdit::textChanged, this, [this] {
        if (!m_loading) {
            updatePreview();
            Q_EMIT changed();
        }
    });
    m_generalError = new FieldErrorLabel(this, pathsBox);
    m_generalError->setObjectName(name + u"Error"_s);
    paths->addRow(m_generalError);

    auto *previewBox = new QGroupBox(tr("Preview with a sample payload"), this);
    auto *preview = new QVBoxLayout(previewBox);
    auto *typeRow = new QHBoxLayout;
    m_contentType = new QComboBox(previewBox);
    m_contentType->setObjectName(name + u"ContentTypeCombo"_s);
    m_contentType->setAccessibleName(tr("Content type of the sample"));
    m_contentType->addItem(tr("Detect from the body"), QString());
    m_contentType->addItem(tr("JSON"), u"application/json"_s);
    m_contentType->addItem(tr("XML"), u"application/xml"_s);
    m_contentType->addItem(tr("Form-encoded"), u"application/x-www-form-urlencoded"_s);
    auto *typeLabel = new QLabel(tr("Content type:"), previewBox);
    typeLabel->setBuddy(m_contentType);
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(m_contentType, 1);
    m_sample = new QPlainTextEdit(previewBox);
    m_sample->setObjectName(name + u"SampleEdit"_s);
    m_sample->setAccessibleName(tr("Sample payload"));
    m_sample->setPlaceholderText(tr("Paste a payload your RMM sends"));
    m_sample->setTabChangesFocus(true);
    auto *sampleLabel = new QLabel(tr("Sample &payload:"), previewBox);
    sampleLabel->setBuddy(m_sample);
    preview->addLayout(typeRow);
    preview->addWidget(sampleLabel);
    preview->addWidget(m_sample, 1);

    auto *result = new QFormLayout;
    for (const auto &[key, label] : resultRows()) {
        auto *value = new QLabel(previewBox);
        value->setObjectName(name + u"Preview"_s + key.left(1).toUpper() + key.mid(1));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setAccessibleName(QString(label).remove(u':'));
        result->addRow(label, value);
        m_result.insert(key, value);
    }
    preview->addLayout(result);
    m_previewError = new QLabel(previewBox);
    m_previewError->setObjectName(name + u"PreviewError"_s);
    m_previewError->setWordWrap(true);
    m_previewError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewError->setTextFormat(Qt::PlainText);
    QPalette p = m_previewError->palette();
    p.setColor(QPalette::WindowText, QColor(0xd0, 0x31, 0x2d));
    m_previewError->setPalette(p);
    preview->addWidget(m_previewError);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(pathsBox, 1);
    layout->addWidget(previewBox, 1);

    connect(m_sample, &QPlainTextEdit::textChanged, this, &FieldMappingEditor::updatePreview);
    connect(m_contentType, &QComboBox::currentIndexChanged, this, &FieldMappingEditor::updatePreview);
    updatePreview();
}

void FieldMappingEditor::setMapping(const QJsonObject &mapping)
{
    m_loading = true;
    m_kept = mapping;
    for (auto it = m_paths.constBegin(); it != m_paths.constEnd(); ++it) {
        it.value()->setText(mapping.value(it.key()).toString());
        m_kept.remove(it.key());
    }
    QStringList resolve;
    const QJsonValue values = mapping.value(u"resolve_values");
    if (values.isArray()) {
        const QJsonArray list = values.toArray();
        for (const QJsonValue &v : list)
            resolve << v.toString();
    } else if (values.isString()) {
        resolve << values.toString();
    }
    m_resolveValues->setText(resolve.join(u", "_s));
    m_kept.remove(u"resolve_values"_s);
    m_loading = false;
    updatePreview();
}

QJsonObject FieldMappingEditor::mapping() const
{
    QJsonObject out = m_kept;
    for (auto it = m_paths.constBegin(); it != m_paths.constEnd(); ++it) {
        const QString path = it.value()->text().trimmed();
        if (!path.isEmpty())
            out.insert(it.key(), path);
    }
    QJsonArray resolve;
    const QStringList values = m_resolveValues->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            resolve.append(v.trimmed());
    }
    if (!resolve.isEmpty())
        out.insert(u"resolve_values"_s, resolve);
    return out;
}

void FieldMappingEditor::setPreviewSettings(const QJsonObject &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    updatePreview();
}

void FieldMappingEditor::setSample(const QString &sample)
{
    m_sample->setPlainText(sample);
}

void FieldMappingEditor::showProblems(const IntegrationDraftCheck::Problems &problems)
{
    QStringList general;
    for (FieldErrorLabel *label : std::as_const(m_errors))
        label->clearError();
    for (auto it = problems.constBegin(); it != problems.constEnd(); ++it) {
        if (it.key() == u"field_mappings") {
            general << it.value();
            continue;
        }
        if (!it.key().startsWith(u"field_mappings."))
            continue;
        const QString key = it.key().mid(int(qstrlen("field_mappings.")));
        if (FieldErrorLabel *label = m_errors.value(key))
            label->setError(it.value());
        else
            general << it.value(); // severity_map, extra or an unknown key: no field of its own
    }
    m_generalError->setError(general.join(u'\n'));
}

void FieldMappingEditor::showPreviewError(const QString &error)
{
    for (QLabel *value : std::as_const(m_result))
        value->clear();
    m_previewError->setText(error);
    m_previewError->setAccessibleName(error.isEmpty() ? QString() : tr("Preview error: %1").arg(error));
}

void FieldMappingEditor::updatePreview()
{
    if (m_loading || !m_sample)
        return;
    const QByteArray sample = m_sample->toPlainText().toUtf8();
    if (sample.trimmed().isEmpty()) {
        showPreviewError({});
        m_result.value(u"alertId"_s)->setText(tr("Paste a sample payload to see what it becomes."));
        return;
    }
    using Kind = MappingPreview::Result::Kind;
    const auto r = MappingPreview::run(Provider::Generic, mapping(), m_settings, sample,
                                       m_contentType->currentData().toString().toLatin1());
    switch (r.kind) {
    case Kind::Alert:
        break;
    case Kind::Ignored:
        return showPreviewError(tr("Accepted but ignored: %1").arg(r.error));
    case Kind::BadMapping:
        return showPreviewError(tr("The mapping cannot work: %1").arg(r.error));
    case Kind::BadPayload:
        return showPreviewError(tr("The sample cannot be read: %1").arg(r.error));
    case Kind::Invalid:
        return showPreviewError(r.field.isEmpty() ? tr("Refused: %1").arg(r.error)
                                                  : tr("Refused at %1: %2").arg(r.field, r.error));
    }
    showPreviewError({});
    const NormalizedAlert &a = r.alert;
    m_result.value(u"alertId"_s)->setText(a.externalAlertId);
    m_result.value(u"device"_s)
        ->setText(a.deviceName.isEmpty() || a.deviceName == a.deviceId
                      ? a.deviceId
                      : tr("%1 (%2)").arg(a.deviceName, a.deviceId));
    m_result.value(u"client"_s)->setText(a.clientName.isEmpty() ? tr("(none)") : a.clientName);
    m_result.value(u"severity"_s)->setText(withWord(SeverityLabels::display(a.severity), a.severityWord));
    m_result.value(u"status"_s)
        ->setText(a.status == NormalizedAlert::Status::Resolved ? tr("Resolved") : tr("Triggered"));
    m_result.value(u"message"_s)->setText(a.message);
    m_result.value(u"time"_s)->setText(
        a.occurredAtMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.occurredAtMs).toLocalTime(),
                                                QLocale::ShortFormat)
                           : tr("(not in the payload: the time it arrives)"));
}

} // namespace nestogy
