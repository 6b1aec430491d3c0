// The Debian package as an operator gets it: CPack makes payops-console_*.deb from this build tree
// (no second build), lintian finds no error in it, `apt-get install ./…deb` installs it into the machine,
// the three programs run from /usr/bin, the desktop entry and AppStream metadata validate, and
// `apt-get purge` leaves nothing of it in /usr. Root and apt are needed: elsewhere the test skips.
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString packageName = u"payops-console"_s;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return finished && exitCode == 0; }
    QByteArray both() const { return out + err; }
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120'000,
        const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DEBIAN_FRONTEND"_s, u"noninteractive"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    result.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool packageInstalled()
{
    const Run query = run(u"dpkg-query"_s, {u"-W"_s, u"-f=${Status}"_s, packageName});
    return query.ok() && query.out.contains("install ok installed");
}

// apt waits for a lock held by another apt or dpkg instead of failing at once.
const QStringList aptOptions = {u"-y"_s, u"-q"_s, u"-o"_s, u"DPkg::Lock::Timeout=120"_s};

} // namespace

class TestPackage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void buildInstallUseAndPurge();

private:
    QTemporaryDir m_work;
    bool m_installedByUs = false;
};

void TestPackage::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("The package test installs payops-console into this machine with apt-get: it runs as root only.");
    for (const QString &tool : {u"apt-get"_s, u"dpkg-query"_s, u"dpkg-deb"_s, u"desktop-file-validate"_s,
                                u"appstreamcli"_s, u"lintian"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(u"%1 is not installed (./setup.sh installs it): the package cannot be checked."_s.arg(tool)));
    }
    if (!QFileInfo::exists(QStringLiteral(PAYOPS_BINARY_DIR) + u"/CPackConfig.cmake"_s))
        QSKIP("Packaging is disabled in this build tree (a packaging tool was missing at configure time).");
    if (packageInstalled())
        QSKIP("payops-console is already installed on this machine: the test neither replaces nor removes it.");
    QVERIFY(m_work.isValid());
}

void TestPackage::cleanupTestCase()
{
    // A failed step must not leave the package in the machine.
    if (m_installedByUs && packageInstalled())
        run(u"apt-get"_s, QStringList{u"purge"_s} + aptOptions + QStringList{packageName}, 300'000);
}

void TestPackage::buildInstallUseAndPurge()
{
    // 1. The package from the tree as built: cpack installs the targets into a staging folder.
    const QString packageDir = m_work.filePath(u"package"_s);
    const Run cpack = run(QStringLiteral(PAYOPS_CPACK_COMMAND),
                          {u"--config"_s, QStringLiteral(PAYOPS_BINARY_DIR) + u"/CPackConfig.cmake"_s, u"-B"_s, packageDir},
                          300'000, QStringLiteral(PAYOPS_BINARY_DIR));
    QVERIFY2(cpack.ok(), cpack.both().constData());
    const QStringList debs = QDir(packageDir).entryList({packageName + u"_*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = QDir(packageDir).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(packageName + u"_"_s + QStringLiteral(PAYOPS_VERSION) + u"_"_s), qPrintable(debs.first()));

    // Depends is computed (dpkg-shlibdeps): it names the Qt libraries the programs link, with versions.
    const Run fields = run(u"dpkg-deb"_s, {u"--field"_s, deb, u"Depends"_s});
    QVERIFY2(fields.ok(), fields.err.constData());
    QVERIFY2(fields.out.contains("libqt6widgets6 (>="), fields.out.constData());
    QVERIFY2(fields.out.contains("libc6 (>="), fields.out.constData());

    const Run lintian = run(u"lintian"_s, {u"--fail-on"_s, u"error"_s, deb}, 240'000);
    QVERIFY2(lintian.ok(), lintian.both().constData());

    // 2. Installed as an operator installs it.
    m_installedByUs = true;
    const Run install = run(u"apt-get"_s, QStringList{u"install"_s} + aptOptions + QStringList{u"--no-install-recommends"_s, deb},
                            300'000);
    if (!install.ok() && install.both().contains("Could not get lock"))
        QSKIP("apt's lock stayed held by another program for two minutes: the package could not be installed.");
    QVERIFY2(install.ok(), install.both().constData());
    QVERIFY(packageInstalled());

    // 3. The programs from /usr/bin.
    const Run version = run(u"/usr/bin/payops"_s, {u"--version"_s});
    QVERIFY2(version.ok(), version.both().constData());
    QVERIFY2(version.out.contains(PAYOPS_VERSION), version.out.constData());

    const QString db = m_work.filePath(u"new.db"_s);
    const Run check = run(u"/usr/bin/payopsctl"_s, {u"db"_s, u"check"_s, u"--db"_s, db, u"--migrate"_s, u"--json"_s});
    QVERIFY2(check.ok(), check.both().constData());
    QCOMPARE(QJsonDocument::fromJson(check.out).object().value(u"ok"_s).toBool(), true);

    const Run scenarios = run(u"/usr/bin/paysim"_s, {u"--list-scenarios"_s});
    QVERIFY2(scenarios.ok(), scenarios.both().constData());
    QVERIFY2(scenarios.out.contains("slow-db"), scenarios.out.constData());

    // 4. Desktop integration where the desktop looks for it, valid.
    const QString desktopFile = u"/usr/share/applications/org.payops.Console.desktop"_s;
    const Run desktop = run(u"desktop-file-validate"_s, {desktopFile});
    QVERIFY2(desktop.ok() && desktop.out.trimmed().isEmpty(), desktop.both().constData());
    const Run appstream = run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"/usr/share/metainfo/org.payops.Console.metainfo.xml"_s});
    QVERIFY2(appstream.ok(), appstream.both().constData());
    for (const QString &path : {u"/usr/share/icons/hicolor/scalable/apps/org.payops.Console.svg"_s,
                                u"/usr/share/icons/hicolor/48x48/apps/org.payops.Console.png"_s,
                                u"/usr/share/icons/hicolor/256x256/apps/org.payops.Console.png"_s,
                                u"/usr/share/man/man1/payops.1.gz"_s, u"/usr/share/man/man1/payopsctl.1.gz"_s,
                                u"/usr/share/man/man1/paysim.1.gz"_s, u"/usr/lib/systemd/user/payops-tasks.service"_s,
                                u"/usr/lib/systemd/user/payops-tasks.timer"_s})
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    // 5. Everything dpkg installed for it, then purged: none of it may remain.
    const Run listing = run(u"dpkg-query"_s, {u"-L"_s, packageName});
    QVERIFY2(listing.ok(), listing.err.constData());
    QStringList files;
    for (const QByteArray &line : listing.out.split('\n')) {
        const QString path = QString::fromUtf8(line.trimmed());
        if (path.startsWith(u"/usr/"_s) && !QFileInfo(path).isDir())
            files.append(path);
    }
    QVERIFY2(files.contains(u"/usr/bin/payops"_s) && files.contains(u"/usr/bin/payopsctl"_s)
                 && files.contains(u"/usr/bin/paysim"_s),
             qPrintable(files.join(u'\n')));

    const Run purge = run(u"apt-get"_s, QStringList{u"purge"_s} + aptOptions + QStringList{packageName}, 300'000);
    QVERIFY2(purge.ok(), purge.both().constData());
    QVERIFY(!packageInstalled());
    for (const QString &file : std::as_const(files))
        QVERIFY2(!QFileInfo::exists(file), qPrintable(u"left behind after purge: "_s + file));
    QVERIFY(!QFileInfo::exists(u"/usr/share/doc/payops-console"_s));
    QVERIFY(!QFileInfo::exists(u"/usr/share/icons/hicolor/scalable/apps/org.payops.Console.svg"_s));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "test_package.moc"
