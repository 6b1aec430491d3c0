// TargetImportDialog: the preview of a file_sd import as the operator sees it — every change and
// every rejected entry with its reason — and OK/Cancel deciding whether anything is imported.
#include "widgets/targetimportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

TargetImportPreview previewOf(const QByteArray &json, TargetImportMode mode = TargetImportMode::Replace)
{
    return TargetImportPreview::build(ServiceTarget::paysimDefaults(), FileSdFormat::parse(json), mode);
}

QStringList rowTexts(const QTableWidget &table)
{
    QStringList rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columnCount(); ++c)
            cells.append(table.item(r, c)->text());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

} // namespace

class TestTargetImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryChangeAndRejection();
    void okImportsCancelDoesNot();
    void nothingUsableCannotBeConfirmed();
};

void TestTargetImportDialog::showsEveryChangeAndRejection()
{
    const TargetImportPreview preview = previewOf(R"([
        {"targets": ["127.0.0.1:9101", "127.0.0.1:9102"], "labels": {"job": "payments"}},
        {"targets": ["127.0.0.1:9100"], "labels": {"job": "node"}},
        {"targets": ["127.0.0.1:99999"], "labels": {"service": "payment_backend"}}
    ])");
    TargetImportDialog dialog(preview, u"prometheus.json"_s);
    QCOMPARE(dialog.table()->columnCount(), 4);
    QCOMPARE(rowTexts(*dialog.table()),
             (QStringList{
                 u"add|payments|http://127.0.0.1:9100/metrics|node_exporter on 127.0.0.1: the host metrics of payments"_s,
                 u"change|payments|http://127.0.0.1:9101/metrics|service payment_frontend → payments; "
                 "labels none → job=payments"_s,
                 u"change|payments|http://127.0.0.1:9102/metrics|service payment_gateway → payments; "
                 "labels none → job=payments"_s,
                 u"remove|payment_backend|http://127.0.0.1:9103/metrics|not in the file"_s,
                 u"remove|payment_callback|http://127.0.0.1:9104/metrics|not in the file"_s,
                 u"rejected||127.0.0.1:99999|entry 3: the port 99999 is out of range (1 to 65535)"_s,
             }));
    const QString summary = dialog.findChild<QLabel *>()->text();
    QVERIFY2(summary.startsWith(u"prometheus.json: 1 to add, 2 to change, 2 to remove, 1 rejected, 0 unchanged."_s),
             qPrintable(summary));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->text(), u"&Import 3 target(s)"_s);
}

void TestTargetImportDialog::okImportsCancelDoesNot()
{
    const TargetImportPreview preview = previewOf(R"([{"targets": ["10.0.0.5:8080"], "labels": {"job": "risk"}}])",
                                                  TargetImportMode::Merge);
    {
        TargetImportDialog dialog(preview, u"risk.json"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.open();
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(accepted.size(), 0);
    }
    TargetImportDialog dialog(preview, u"risk.json"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.open();
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // What the console then imports: the preview's targets, in its mode.
    QCOMPARE(dialog.preview().targets().size(), 1);
    QCOMPARE(dialog.preview().targets().constFirst().service, u"risk"_s);
    QCOMPARE(dialog.preview().mode(), TargetImportMode::Merge);
}

void TestTargetImportDialog::nothingUsableCannotBeConfirmed()
{
    TargetImportDialog rejectedOnly(previewOf(R"([{"targets": ["h:1"], "labels": {"team": "x"}}])", TargetImportMode::Merge),
                                    u"x.json"_s);
    QVERIFY(!rejectedOnly.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(rejectedOnly.table()->rowCount(), 1);
    QVERIFY(rejectedOnly.findChild<QLabel *>()->text().contains(u"Nothing in the file can be imported."_s));

    // The file says what is configured already: it may be imported, and the dialog says it changes nothing.
    TargetImportDialog same(previewOf(FileSdFormat::serialize(ServiceTarget::paysimDefaults())), u"same.json"_s);
    QVERIFY(same.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(same.table()->rowCount(), 0);
    QVERIFY(same.findChild<QLabel *>()->text().contains(u"4 unchanged. The targets are configured like this already."_s));
}

QTEST_MAIN(TestTargetImportDialog)
#include "test_targetimportdialog.moc"
