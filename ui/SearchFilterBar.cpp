#include "SearchFilterBar.h"

#include "domain/Listing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace creditdesk {

SearchFilterBar::SearchFilterBar(ReferenceLoader loader, QWidget *parent)
    : QWidget(parent),
      m_loader(std::move(loader)),
      m_province(new QComboBox(this)),
      m_city(new QComboBox(this)),
      m_county(new QComboBox(this)),
      m_court(new QComboBox(this)),
      m_ground(new QComboBox(this)),
      m_state(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_between(new QCheckBox(tr("Listed between"), this)),
      m_from(new QDateEdit(QDate::currentDate().addYears(-1), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)),
      m_objection(new QCheckBox(tr("Under objection"), this))
{
    m_province->setAccessibleName(tr("Province"));
    m_city->setAccessibleName(tr("City"));
    m_county->setAccessibleName(tr("County"));
    m_court->setAccessibleName(tr("Court"));
    m_court->setEditable(true);
    m_court->setInsertPolicy(QComboBox::NoInsert);
    m_court->setMinimumContentsLength(16);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    m_ground->addItem(tr("Any ground"), 0);
    for (int ground = 1; ground <= 6; ++ground)
        m_ground->addItem(listingGroundText(static_cast<ListingGround>(ground)), ground);
    m_ground->setMaximumWidth(260);
    m_state->addItem(tr("Any state"), 0);
    m_state->addItem(tr("In force today"), SearchFilters::inForce);
    for (int state = 1; state <= 4; ++state)
        m_state->addItem(publicationStateText(static_cast<PublicationState>(state)), state);
    m_category->addItem(tr("Any measure category"), 0);
    auto *clearButton = new QPushButton(tr("Clear filters"), this);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Region:"), this), 0, 0);
    layout->addWidget(m_province, 0, 1);
    layout->addWidget(m_city, 0, 2);
    layout->addWidget(m_county, 0, 3);
    layout->addWidget(new QLabel(tr("Court:"), this), 0, 4);
    layout->addWidget(m_court, 0, 5, 1, 2);
    layout->addWidget(m_ground, 1, 0, 1, 2);
    layout->addWidget(m_state, 1, 2);
    layout->addWidget(m_category, 1, 3);
    layout->addWidget(m_between, 1, 4);
    layout->addWidget(m_from, 1, 5);
    layout->addWidget(m_to, 1, 6);
    layout->addWidget(m_objection, 2, 0, 1, 2);
    layout->addWidget(clearButton, 2, 6);
    layout->setColumnStretch(7, 1);

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        fillRegions(m_city, m_province->currentData().toString(), 2);
        fillRegions(m_county, {}, 3);
        fillCourts();
        announce();
    });
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        fillRegions(m_county, m_city->currentData().toString(), 3);
        fillCourts();
        announce();
    });
    connect(m_county, &QComboBox::currentIndexChanged, this, [this] {
        fillCourts();
        announce();
    });
    for (QComboBox *box : {m_court, m_ground, m_state, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchFilterBar::announce);
    connect(m_between, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        announce();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SearchFilterBar::announce);
    connect(m_to, &QDateEdit::dateChanged, this, &SearchFilterBar::announce);
    connect(m_objection, &QCheckBox::toggled, this, &SearchFilterBar::announce);
    connect(clearButton, &QPushButton::clicked, this, &SearchFilterBar::clear);
}

void SearchFilterBar::showEvent(QShowEvent *event)
{
    load();
    QWidget::showEvent(event);
}

void SearchFilterBar::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_quiet = true;
    m_reference = m_loader();
    fillRegions(m_province, {}, 1);
    fillRegions(m_city, {}, 2);
    fillRegions(m_county, {}, 3);
    for (const MeasureCategory &category : std::as_const(m_reference.measureCategories))
        m_category->addItem(category.name, category.number);
    m_category->setMaximumWidth(260);
    fillCourts();
    m_quiet = false;
}

void SearchFilterBar::fillRegions(QComboBox *box, const QString &parentCode, int level)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    box->clear();
    box->addItem(level == 1 ? tr("All provinces") : level == 2 ? tr("All cities") : tr("All counties"), QString());
    if (level == 1 || !parentCode.isEmpty()) {
        for (const Region &region : std::as_const(m_reference.regions)) {
            if (region.level == level && (level == 1 || region.parentCode == parentCode))
                box->addItem(region.name, region.code);
        }
    }
    box->setEnabled(box->count() > 1);
    m_quiet = wasQuiet;
}

QString SearchFilterBar::selectedRegion() const
{
    for (const QComboBox *box : {m_county, m_city, m_province}) {
        const QString code = box->currentData().toString();
        if (!code.isEmpty())
            return code;
    }
    return {};
}

void SearchFilterBar::fillCourts()
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_court->clear();
    m_court->addItem(tr("Any court"), QString());
    QString prefix = selectedRegion();
    while (prefix.size() > 2 && prefix.endsWith(QLatin1String("00")))
        prefix.chop(2);
    if (!prefix.isEmpty()) {
        for (const Court &court : std::as_const(m_reference.courts)) {
            if (court.regionCode.startsWith(prefix))
                m_court->addItem(court.name, court.code);
        }
    }
    m_court->setEnabled(m_court->count() > 1);
    m_quiet = wasQuiet;
}

SearchFilters SearchFilterBar::filters() const
{
    SearchFilters filters;
    filters.regionCode = selectedRegion();
    filters.courtCode = m_court->currentData().toString();
    filters.ground = m_ground->currentData().toInt();
    filters.publicationState = m_state->currentData().toInt();
    filters.measureCategory = m_category->currentData().toInt();
    if (m_between->isChecked()) {
        filters.listedFrom = m_from->date();
        filters.listedTo = m_to->date();
    }
    filters.underObjection = m_objection->isChecked();
    return filters;
}

void SearchFilterBar::clear()
{
    m_quiet = true;
    m_province->setCurrentIndex(0);
    for (QComboBox *box : {m_court, m_ground, m_state, m_category})
        box->setCurrentIndex(0);
    m_between->setChecked(false);
    m_objection->setChecked(false);
    m_quiet = false;
    announce();
}

void SearchFilterBar::announce()
{
    if (!m_quiet)
        Q_EMIT filtersChanged(filters());
}

} // namespace creditdesk
