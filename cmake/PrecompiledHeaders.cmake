# Precompiled Qt headers: most of the compile time of a Qt translation unit is spent parsing
# these, and CI builds the project three times (release, sanitizers, fuzzers).
set(CREDITDESK_CORE_PCH
  <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonObject> <QList> <QObject> <QSqlDatabase>
  <QSqlQuery> <QString> <QStringList> <QVariant> <QAbstractItemModel> <functional> <memory> <optional>)
set(CREDITDESK_WIDGETS_PCH ${CREDITDESK_CORE_PCH} <QWidget> <QDialog> <QLabel> <QLineEdit> <QPushButton>
  <QTableView> <QLayout>)
