#include "ScreeningSetupDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

constexpr std::array<ApplicantField, applicantFieldCount> fields = {
    ApplicantField::Name, ApplicantField::IdNumber, ApplicantField::CreditCode, ApplicantField::LegalRepresentative,
    ApplicantField::Reference};

} // namespace

ScreeningSetupDialog::ScreeningSetupDialog(const QString &path, const ScreeningPreview &preview,
                                           const ScreeningThresholds &thresholds, QWidget *parent)
    : QDialog(parent),
      m_previewData(preview),
      m_hit(new QDoubleSpinBox(this)),
      m_review(new QDoubleSpinBox(this)),
      m_skipBadRows(new QCheckBox(tr("&Skip rows that cannot be screened (they are listed afterwards)"), this)),
      m_preview(new QTableWidget(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Screen applicants — %1").arg(QFileInfo(path).fileName()));
    auto *source = new QLabel(tr("<b>%1</b> — read as %2")
                                  .arg(QFileInfo(path).fileName().toHtmlEscaped(), preview.description.toHtmlEscaped()),
                              this);
    auto *mapping = new QFormLayout;
    for (const ApplicantField field : fields) {
        auto *chooser = new QComboBox(this);
        chooser->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < preview.header.size(); ++column)
            chooser->addItem(tr("Column %1: %2").arg(column + 1).arg(preview.header.at(column)), column);
        const int mapped = preview.mapping ? preview.mapping->column(field) : -1;
        chooser->setCurrentIndex(chooser->findData(mapped));
        chooser->setAccessibleName(applicantFieldText(field));
        mapping->addRow(tr("%1:").arg(applicantFieldText(field)), chooser);
        connect(chooser, &QComboBox::currentIndexChanged, this, &ScreeningSetupDialog::updateMapping);
        m_columns.append(chooser);
    }
    m_hit->setRange(0.50, 1.00);
    m_hit->setSingleStep(0.01);
    m_hit->setValue(thresholds.hit);
    m_review->setRange(0.30, 1.00);
    m_review->setSingleStep(0.01);
    m_review->setValue(thresholds.review);
    auto *limits = new QHBoxLayout;
    limits->addWidget(new QLabel(tr("&Hit at a score of"), this));
    limits->addWidget(m_hit);
    limits->addWidget(new QLabel(tr("&review from"), this));
    limits->addWidget(m_review);
    limits->addStretch(1);
    static_cast<QLabel *>(limits->itemAt(0)->widget())->setBuddy(m_hit);
    static_cast<QLabel *>(limits->itemAt(2)->widget())->setBuddy(m_review);
    mapping->addRow(tr("Thresholds:"), limits);

    m_preview->setColumnCount(static_cast<int>(preview.header.size()));
    m_preview->setRowCount(static_cast<int>(preview.rows.size()));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setAccessibleName(tr("The first rows of the file"));
    QStringList lines;
    for (int row = 0; row < preview.rows.size(); ++row) {
        const TableRow &tableRow = preview.rows.at(row);
        lines.append(QString::number(tableRow.line));
        for (int column = 0; column < tableRow.cells.size() && column < preview.header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(tableRow.cells.at(column)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a00"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Screen"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addLayout(mapping);
    layout->addWidget(new QLabel(tr("Preview (line numbers of the file):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_skipBadRows);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hit, &QDoubleSpinBox::valueChanged, this, &ScreeningSetupDialog::updateMapping);
    connect(m_review, &QDoubleSpinBox::valueChanged, this, &ScreeningSetupDialog::updateMapping);
    resize(860, 620);
    updateMapping();
}

QComboBox *ScreeningSetupDialog::columnChooser(ApplicantField field) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields.at(i) == field)
            return m_columns.at(static_cast<int>(i));
    }
    return nullptr;
}

ScreeningOptions ScreeningSetupDialog::options() const
{
    ScreeningOptions options;
    ColumnMapping mapping;
    for (std::size_t i = 0; i < fields.size(); ++i)
        mapping.setColumn(fields.at(i), m_columns.at(static_cast<int>(i))->currentData().toInt());
    options.mapping = mapping;
    options.thresholds.hit = m_hit->value();
    options.thresholds.review = m_review->value();
    options.skipBadRows = m_skipBadRows->isChecked();
    return options;
}

void ScreeningSetupDialog::updateMapping()
{
    const ScreeningOptions chosen = options();
    QString problem;
    if (const Status checked = chosen.mapping->check(m_previewData.header); !checked)
        problem = checked.error();
    else if (chosen.thresholds.review > chosen.thresholds.hit)
        problem = tr("The review threshold must not be above the hit threshold.");
    // The preview's header says which field each column is mapped to.
    for (int column = 0; column < m_previewData.header.size(); ++column) {
        QString label = m_previewData.header.at(column);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (m_columns.at(static_cast<int>(i))->currentData().toInt() == column)
                label = tr("%1\n→ %2").arg(label, applicantFieldText(fields.at(i)));
        }
        auto *item = new QTableWidgetItem(label);
        QFont font = item->font();
        font.setBold(label.contains(u'→'));
        item->setFont(font);
        m_preview->setHorizontalHeaderItem(column, item);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace creditdesk
