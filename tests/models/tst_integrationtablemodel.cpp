// The integration list model over a real SQLite database: sorted by name, the last webhook taken from the
// integration's newest alert, filters in SQL, and re-reads on ChangeNotifier::integrationsChanged.
#include "ChangeNotifier.h"
#include "IntegrationTableModel.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
} // namespace

class TestIntegrationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sortedByNameAndPaged();
    void lastWebhookIsTheNewestAlert();
    void sortByLastWebhook();
    void filters();
    void changesAreMergedWithoutReset();
    void rolesAndHeaders();

private:
    std::unique_ptr<IntegrationTableModel> model(int pageSize = 50);
    QStringList names(const QAbstractItemModel &m) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_gamma = 0;
    qint64 m_alpha = 0;
    qint64 m_delta = 0;
};

void TestIntegrationTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
}

void TestIntegrationTableModel::init()
{
    QString error;
    m_db = TestDatabase::sqlite(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_changes = std::make_unique<ChangeNotifier>();
    m_gamma = m_db->addIntegration(u"Gamma office"_s, u"datto"_s);
    m_alpha = m_db->addIntegration(u"alpha HQ"_s, u"ninja"_s);
    m_delta = m_db->addIntegration(u"Delta lab"_s, u"generic"_s, false);
    for (qint64 t : {T0, T0 + 5000, T0 + 2000}) {
        TestDatabase::Alert a;
        a.integrationId = m_gamma;
        a.lastSeen = t;
        QVERIFY(m_db->addAlert(a) > 0);
    }
    TestDatabase::Alert a;
    a.integrationId = m_alpha;
    a.lastSeen = T0 + 9000;
    QVERIFY(m_db->addAlert(a) > 0);
}

void TestIntegrationTableModel::cleanup()
{
    m_tester.reset();
    m_changes.reset();
    m_db.reset();
}

std::unique_ptr<IntegrationTableModel> TestIntegrationTableModel::model(int pageSize)
{
    auto m = std::make_unique<IntegrationTableModel>(m_db->db(), m_changes.get());
    m->setPageSize(pageSize);
    m->reload();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m;
}

QStringList TestIntegrationTableModel::names(const QAbstractItemModel &m) const
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row, IntegrationTableModel::NameColumn).data().toString());
    return out;
}

void TestIntegrationTableModel::sortedByNameAndPaged()
{
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_db->addIntegration(u"Zulu %1"_s.arg(i)) > 0);
    auto m = model(2);
    QCOMPARE(m->rowCount(), 6);
    QVERIFY(m->canFetchMore({}));
    modeltest::fetchAll(*m);
    QCOMPARE(names(*m), (QStringList{u"alpha HQ"_s, u"Delta lab"_s, u"Gamma office"_s, u"Zulu 0"_s,
                                     u"Zulu 1"_s, u"Zulu 2"_s, u"Zulu 3"_s, u"Zulu 4"_s, u"Zulu 5"_s}));
    m->sort(IntegrationTableModel::NameColumn, Qt::DescendingOrder);
    modeltest::fetchAll(*m);
    QCOMPARE(names(*m).constFirst(), u"Zulu 5"_s);
    QCOMPARE(names(*m).constLast(), u"alpha HQ"_s);
}

void TestIntegrationTableModel::lastWebhookIsTheNewestAlert()
{
    auto m = model();
    const auto lastWebhook = [&](qint64 id) {
        return m->index(m->rowOfId(id), IntegrationTableModel::LastWebhookColumn);
    };
    QCOMPARE(lastWebhook(m_gamma).data(PagedTableModel::RawValueRole).toLongLong(), T0 + 5000);
    QCOMPARE(lastWebhook(m_alpha).data(PagedTableModel::RawValueRole).toLongLong(), T0 + 9000);
    QCOMPARE(lastWebhook(m_gamma).data().toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(T0 + 5000), QLocale::ShortFormat));
    QCOMPARE(lastWebhook(m_delta).data(PagedTableModel::RawValueRole).toLongLong(), 0);
    QCOMPARE(lastWebhook(m_delta).data().toString(), u"Never"_s);
}

void TestIntegrationTableModel::sortByLastWebhook()
{
    auto m = model(1);
    m->sort(IntegrationTableModel::LastWebhookColumn, Qt::DescendingOrder);
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), (QList<qint64>{m_alpha, m_gamma, m_delta}));
    m->sort(IntegrationTableModel::LastWebhookColumn, Qt::AscendingOrder);
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), (QList<qint64>{m_delta, m_gamma, m_alpha}));
}

void TestIntegrationTableModel::filters()
{
    auto m = model();
    IntegrationQuery::Filter active;
    active.activeOnly = true;
    m->setFilter(active);
    QCOMPARE(modeltest::ids(*m), (QList<qint64>{m_alpha, m_gamma}));
    IntegrationQuery::Filter datto;
    datto.provider = u"datto"_s;
    m->setFilter(datto);
    QCOMPARE(modeltest::ids(*m), QList<qint64>{m_gamma});
    IntegrationQuery::Filter text;
    text.text = u"LAB"_s;
    m->setFilter(text);
    QCOMPARE(modeltest::ids(*m), QList<qint64>{m_delta});
}

void TestIntegrationTableModel::changesAreMergedWithoutReset()
{
    auto m = model();
    IntegrationQuery::Filter active;
    active.activeOnly = true;
    m->setFilter(active);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);

    const qint64 beta = m_db->addIntegration(u"Beta branch"_s);
    m_changes->notify(ChangeNotifier::Topic::Integrations);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(names(*m), (QStringList{u"alpha HQ"_s, u"Beta branch"_s, u"Gamma office"_s}));
    QCOMPARE(m->rowOfId(beta), 1);

    QVERIFY(m_db->exec(u"UPDATE integrations SET is_active = 0 WHERE id = ?"_s, {m_gamma}));
    QVERIFY(m_db->exec(u"UPDATE integrations SET last_sync = ? WHERE id = ?"_s, {T0, m_alpha}));
    m_changes->notify(ChangeNotifier::Topic::Integrations);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(names(*m), (QStringList{u"alpha HQ"_s, u"Beta branch"_s}));
    QCOMPARE(
        m->index(0, IntegrationTableModel::LastSyncColumn).data(PagedTableModel::RawValueRole).toLongLong(),
        T0);
    QCOMPARE(reset.count(), 0);
}

void TestIntegrationTableModel::rolesAndHeaders()
{
    auto m = model();
    const int row = m->rowOfId(m_delta);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m->index(row, column).data(role);
    };
    QCOMPARE(cell(IntegrationTableModel::ProviderColumn).toString(), u"Generic webhook"_s);
    QCOMPARE(cell(0, IntegrationTableModel::ProviderRole).toString(), u"generic"_s);
    QCOMPARE(cell(IntegrationTableModel::ActiveColumn).toString(), u"Inactive"_s);
    QCOMPARE(cell(0, IntegrationTableModel::ActiveRole).toBool(), false);
    QVERIFY(cell(0, IntegrationTableModel::UuidRole).toString().startsWith(u"integration-"_s));
    QCOMPARE(cell(IntegrationTableModel::UuidColumn).toString(),
             cell(0, IntegrationTableModel::UuidRole).toString());
    QCOMPARE(m->index(m->rowOfId(m_alpha), IntegrationTableModel::ProviderColumn).data().toString(),
             u"NinjaOne"_s);
    QCOMPARE(m->columnCount(), int(IntegrationTableModel::ColumnCount));
    for (int c = 0; c < m->columnCount(); ++c)
        QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestIntegrationTableModel)
#include "tst_integrationtablemodel.moc"
