#pragma once

#include "IntegrationDraftCheck.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nestogy {

class FieldErrorLabel;

// Edits a generic integration's field mapping (a JSONPath per alert field and the status values that mean
// "resolved") beside a live preview: a pasted sample payload run through the engine's real parser and
// normalizer, showing the alert it becomes or exactly why it would be refused.
class FieldMappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldMappingEditor(const QString &name, QWidget *parent = nullptr);

    // Mapping keys without a field here (severity_map, extra) are kept as they are.
    void setMapping(const QJsonObject &mapping);
    QJsonObject mapping() const;
    // The integration's settings take part in the preview (their severity_map overrides the mapping's).
    void setPreviewSettings(const QJsonObject &settings);
    void setSample(const QString &sample);
    // Shows the "field_mappings" problems of a draft check at their paths (or under the editor).
    void showProblems(const IntegrationDraftCheck::Problems &problems);

    QLineEdit *pathEdit(const QString &field) const { return m_paths.value(field); }

Q_SIGNALS:
    void changed();

private:
    void updatePreview();
    void showPreviewError(const QString &error);

    QJsonObject m_kept; // mapping keys this editor has no field for
    QJsonObject m_settings;
    QHash<QString, QLineEdit *> m_paths;
    QHash<QString, FieldErrorLabel *> m_errors;
    QLineEdit *m_resolveValues = nullptr;
    FieldErrorLabel *m_generalError = nullptr;
    QComboBox *m_contentType = nullptr;
    QPlainTextEdit *m_sample = nullptr;
    QHash<QString, QLabel *> m_result;
    QLabel *m_previewError = nullptr;
    bool m_loading = false;
};

} // namespace nestogy
