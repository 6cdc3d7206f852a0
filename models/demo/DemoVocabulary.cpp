#include "DemoVocabulary.h"

namespace creditdesk::demo {

const QList<WeightedText> &surnames()
{
    static const QList<WeightedText> list = {
        {QStringLiteral("王"), 7100}, {QStringLiteral("李"), 7000}, {QStringLiteral("张"), 6600},
        {QStringLiteral("刘"), 5400}, {QStringLiteral("陈"), 4500}, {QStringLiteral("杨"), 3100},
        {QStringLiteral("黄"), 2400}, {QStringLiteral("赵"), 2300}, {QStringLiteral("吴"), 2000},
        {QStringLiteral("周"), 1900}, {QStringLiteral("徐"), 1600}, {QStringLiteral("孙"), 1500},
        {QStringLiteral("马"), 1300}, {QStringLiteral("朱"), 1300}, {QStringLiteral("胡"), 1200},
        {QStringLiteral("郭"), 1200}, {QStringLiteral("何"), 1100}, {QStringLiteral("林"), 1000},
        {QStringLiteral("高"), 1000}, {QStringLiteral("罗"), 900},  {QStringLiteral("郑"), 900},
        {QStringLiteral("梁"), 800},  {QStringLiteral("谢"), 700},  {QStringLiteral("宋"), 700},
        {QStringLiteral("唐"), 700},  {QStringLiteral("许"), 600},  {QStringLiteral("韩"), 600},
        {QStringLiteral("邓"), 600},  {QStringLiteral("冯"), 600},  {QStringLiteral("曹"), 600},
        {QStringLiteral("彭"), 600},  {QStringLiteral("曾"), 500},  {QStringLiteral("肖"), 500},
        {QStringLiteral("田"), 500},  {QStringLiteral("董"), 500},  {QStringLiteral("潘"), 400},
        {QStringLiteral("袁"), 400},  {QStringLiteral("蔡"), 400},  {QStringLiteral("蒋"), 400},
        {QStringLiteral("余"), 400},  {QStringLiteral("于"), 400},  {QStringLiteral("杜"), 400},
        {QStringLiteral("叶"), 400},  {QStringLiteral("程"), 400},  {QStringLiteral("魏"), 300},
        {QStringLiteral("苏"), 300},  {QStringLiteral("吕"), 300},  {QStringLiteral("丁"), 300},
        {QStringLiteral("任"), 300},  {QStringLiteral("卢"), 300},  {QStringLiteral("姚"), 300},
        {QStringLiteral("沈"), 300},  {QStringLiteral("钟"), 300},  {QStringLiteral("姜"), 300},
        {QStringLiteral("崔"), 300},  {QStringLiteral("谭"), 300},  {QStringLiteral("陆"), 300},
        {QStringLiteral("范"), 200},  {QStringLiteral("汪"), 200},  {QStringLiteral("廖"), 200},
        {QStringLiteral("石"), 200},  {QStringLiteral("金"), 200},  {QStringLiteral("韦"), 200},
        {QStringLiteral("贾"), 200},  {QStringLiteral("夏"), 200},  {QStringLiteral("付"), 200},
        {QStringLiteral("方"), 200},  {QStringLiteral("邹"), 200},  {QStringLiteral("熊"), 200},
        {QStringLiteral("白"), 200},  {QStringLiteral("孟"), 200},  {QStringLiteral("秦"), 200},
        {QStringLiteral("邱"), 200},  {QStringLiteral("侯"), 200},  {QStringLiteral("江"), 200},
        {QStringLiteral("尹"), 200},  {QStringLiteral("薛"), 200},  {QStringLiteral("闫"), 200},
        {QStringLiteral("段"), 200},  {QStringLiteral("雷"), 200},  {QStringLiteral("龙"), 100},
        {QStringLiteral("黎"), 100},  {QStringLiteral("史"), 100},  {QStringLiteral("陶"), 100},
        {QStringLiteral("贺"), 100},  {QStringLiteral("毛"), 100},  {QStringLiteral("郝"), 100},
        {QStringLiteral("顾"), 100},  {QStringLiteral("龚"), 100},  {QStringLiteral("邵"), 100},
        {QStringLiteral("万"), 100},  {QStringLiteral("覃"), 100},  {QStringLiteral("武"), 100},
        {QStringLiteral("钱"), 100},  {QStringLiteral("戴"), 100},  {QStringLiteral("严"), 100},
        {QStringLiteral("莫"), 100},  {QStringLiteral("孔"), 100},  {QStringLiteral("向"), 100},
        {QStringLiteral("常"), 100},  {QStringLiteral("汤"), 100},  {QStringLiteral("单"), 50},
        {QStringLiteral("解"), 50},   {QStringLiteral("区"), 20},   {QStringLiteral("仇"), 30},
        {QStringLiteral("朴"), 30},   {QStringLiteral("查"), 30},   {QStringLiteral("盖"), 30},
        {QStringLiteral("欧阳"), 50}, {QStringLiteral("司马"), 10}, {QStringLiteral("诸葛"), 10},
        {QStringLiteral("上官"), 10}, {QStringLiteral("尉迟"), 5},  {QStringLiteral("东方"), 5},
        {QStringLiteral("令狐"), 5},  {QStringLiteral("皇甫"), 5}};
    return list;
}

const QStringList &maleGivenCharacters()
{
    static const QStringList list = {
        QStringLiteral("伟"), QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("军"), QStringLiteral("勇"),
        QStringLiteral("杰"), QStringLiteral("涛"), QStringLiteral("斌"), QStringLiteral("超"), QStringLiteral("明"),
        QStringLiteral("刚"), QStringLiteral("平"), QStringLiteral("辉"), QStringLiteral("鹏"), QStringLiteral("华"),
        QStringLiteral("飞"), QStringLiteral("鑫"), QStringLiteral("波"), QStringLiteral("宇"), QStringLiteral("浩"),
        QStringLiteral("凯"), QStringLiteral("健"), QStringLiteral("俊"), QStringLiteral("帆"), QStringLiteral("帅"),
        QStringLiteral("旭"), QStringLiteral("宁"), QStringLiteral("龙"), QStringLiteral("林"), QStringLiteral("建"),
        QStringLiteral("国"), QStringLiteral("峰"), QStringLiteral("志"), QStringLiteral("文"), QStringLiteral("海"),
        QStringLiteral("东"), QStringLiteral("兵"), QStringLiteral("亮"), QStringLiteral("晨"), QStringLiteral("博"),
        QStringLiteral("成"), QStringLiteral("阳"), QStringLiteral("洋"), QStringLiteral("毅"), QStringLiteral("振"),
        QStringLiteral("坤"), QStringLiteral("新"), QStringLiteral("德"), QStringLiteral("永"), QStringLiteral("庆"),
        QStringLiteral("春"), QStringLiteral("金"), QStringLiteral("良"), QStringLiteral("彬"), QStringLiteral("锋")};
    return list;
}

const QStringList &femaleGivenCharacters()
{
    static const QStringList list = {
        QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("丽"),
        QStringLiteral("艳"), QStringLiteral("娟"), QStringLiteral("霞"), QStringLiteral("燕"), QStringLiteral("玲"),
        QStringLiteral("婷"), QStringLiteral("雪"), QStringLiteral("慧"), QStringLiteral("莹"), QStringLiteral("倩"),
        QStringLiteral("颖"), QStringLiteral("琳"), QStringLiteral("晶"), QStringLiteral("洁"), QStringLiteral("红"),
        QStringLiteral("梅"), QStringLiteral("兰"), QStringLiteral("英"), QStringLiteral("秀"), QStringLiteral("玉"),
        QStringLiteral("萍"), QStringLiteral("丹"), QStringLiteral("欣"), QStringLiteral("怡"), QStringLiteral("佳"),
        QStringLiteral("悦"), QStringLiteral("彤"), QStringLiteral("璐"), QStringLiteral("瑶"), QStringLiteral("蕾"),
        QStringLiteral("薇"), QStringLiteral("凤"), QStringLiteral("琴"), QStringLiteral("月"), QStringLiteral("爱"),
        QStringLiteral("珍"), QStringLiteral("桂"), QStringLiteral("云"), QStringLiteral("华")};
    return list;
}

const QStringList &commonTwoCharacterGivenNames()
{
    static const QStringList list = {
        QStringLiteral("秀英"), QStringLiteral("桂英"), QStringLiteral("秀兰"), QStringLiteral("玉兰"),
        QStringLiteral("桂兰"), QStringLiteral("建华"), QStringLiteral("建国"), QStringLiteral("建军"),
        QStringLiteral("志强"), QStringLiteral("志明"), QStringLiteral("海燕"), QStringLiteral("丽娟"),
        QStringLiteral("晓东"), QStringLiteral("晓明"), QStringLiteral("子涵"), QStringLiteral("浩然"),
        QStringLiteral("宇轩"), QStringLiteral("欣怡"), QStringLiteral("梓涵"), QStringLiteral("一鸣")};
    return list;
}

const QStringList &rareGivenCharacters()
{
    static const QStringList list = {
        QStringLiteral("堃"), QStringLiteral("喆"), QStringLiteral("犇"), QStringLiteral("淼"), QStringLiteral("昇"),
        QStringLiteral("赟"), QStringLiteral("珺"), QStringLiteral("燚"), QStringLiteral("昊"), QStringLiteral("琰"),
        QStringLiteral("玥"), QStringLiteral("䶮"), QStringLiteral("𠮷"), QStringLiteral("𪚥"), QStringLiteral("㵘"),
        QStringLiteral("嫚"), QStringLiteral("垚"), QStringLiteral("昶")};
    return list;
}

const QStringList &companyBrandCharacters()
{
    static const QStringList list = {
        QStringLiteral("华"), QStringLiteral("信"), QStringLiteral("鑫"), QStringLiteral("盛"), QStringLiteral("宏"),
        QStringLiteral("达"), QStringLiteral("恒"), QStringLiteral("泰"), QStringLiteral("丰"), QStringLiteral("源"),
        QStringLiteral("瑞"), QStringLiteral("祥"), QStringLiteral("隆"), QStringLiteral("兴"), QStringLiteral("昌"),
        QStringLiteral("利"), QStringLiteral("通"), QStringLiteral("宇"), QStringLiteral("新"), QStringLiteral("金"),
        QStringLiteral("安"), QStringLiteral("康"), QStringLiteral("科"), QStringLiteral("创"), QStringLiteral("诚"),
        QStringLiteral("德"), QStringLiteral("正"), QStringLiteral("天"), QStringLiteral("海"), QStringLiteral("中"),
        QStringLiteral("城"), QStringLiteral("远"), QStringLiteral("博"), QStringLiteral("联"), QStringLiteral("嘉"),
        QStringLiteral("润"), QStringLiteral("汇"), QStringLiteral("鼎"), QStringLiteral("晟"), QStringLiteral("旺")};
    return list;
}

const QStringList &companyIndustries()
{
    static const QStringList list = {
        QStringLiteral("建材"),       QStringLiteral("贸易"),     QStringLiteral("科技"),
        QStringLiteral("房地产开发"), QStringLiteral("建筑工程"), QStringLiteral("商贸"),
        QStringLiteral("食品"),       QStringLiteral("物流"),     QStringLiteral("投资"),
        QStringLiteral("农业发展"),   QStringLiteral("置业"),     QStringLiteral("机械制造"),
        QStringLiteral("电子"),       QStringLiteral("餐饮管理"), QStringLiteral("文化传媒"),
        QStringLiteral("装饰工程"),   QStringLiteral("汽车销售"), QStringLiteral("医药"),
        QStringLiteral("纺织"),       QStringLiteral("化工")};
    return list;
}

const QStringList &companySuffixes()
{
    static const QStringList list = {QStringLiteral("有限公司"), QStringLiteral("有限公司"), QStringLiteral("有限公司"),
                                     QStringLiteral("有限责任公司"), QStringLiteral("股份有限公司")};
    return list;
}

const QStringList &obligationTemplates()
{
    static const QStringList list = {
        QStringLiteral("支付货款人民币%1元及利息"),   QStringLiteral("偿还借款本金人民币%1元及利息"),
        QStringLiteral("支付工程款人民币%1元"),       QStringLiteral("给付劳动报酬人民币%1元"),
        QStringLiteral("支付租金人民币%1元及违约金"), QStringLiteral("返还购房款人民币%1元"),
        QStringLiteral("赔偿损失人民币%1元"),         QStringLiteral("支付合同价款人民币%1元")};
    return list;
}

QString departmentForMeasure(const QString &title, int categoryNumber)
{
    struct Rule
    {
        QStringList words;
        QString department;
    };
    static const QList<Rule> rules = {
        // Offices in hotels are still offices: this rule comes before the hotel rule.
        {{QStringLiteral("写字楼")}, QStringLiteral("安徽省住房和城乡建设厅")},
        {{QStringLiteral("火车"), QStringLiteral("列车"), QStringLiteral("动车")},
         QStringLiteral("中国铁路上海局集团有限公司")},
        {{QStringLiteral("飞机")}, QStringLiteral("民航安徽监管局")},
        {{QStringLiteral("宾馆"), QStringLiteral("酒店"), QStringLiteral("娱乐"), QStringLiteral("旅游"),
          QStringLiteral("度假")},
         QStringLiteral("安徽省文化和旅游厅")},
        {{QStringLiteral("医疗")}, QStringLiteral("安徽省卫生健康委员会")},
        {{QStringLiteral("学校")}, QStringLiteral("安徽省教育厅")},
        {{QStringLiteral("保险"), QStringLiteral("理财"), QStringLiteral("金融机构"), QStringLiteral("授信")},
         QStringLiteral("国家金融监督管理总局安徽监管局")},
        {{QStringLiteral("车辆")}, QStringLiteral("安徽省公安厅交通管理局")},
        {{QStringLiteral("不动产交易"), QStringLiteral("林地"), QStringLiteral("草原"), QStringLiteral("自然资源")},
         QStringLiteral("安徽省自然资源厅")},
        {{QStringLiteral("房屋"), QStringLiteral("不动产"), QStringLiteral("写字楼"), QStringLiteral("房地产"),
          QStringLiteral("建筑")},
         QStringLiteral("安徽省住房和城乡建设厅")},
        {{QStringLiteral("金融类公司"), QStringLiteral("股票"), QStringLiteral("股权"), QStringLiteral("债券")},
         QStringLiteral("中国证券监督管理委员会安徽监管局")},
        {{QStringLiteral("社会组织")}, QStringLiteral("安徽省民政厅")},
        {{QStringLiteral("财政"), QStringLiteral("补贴")}, QStringLiteral("安徽省财政厅")},
        {{QStringLiteral("政策支持")}, QStringLiteral("安徽省发展和改革委员会")},
        {{QStringLiteral("国企")}, QStringLiteral("安徽省人民政府国有资产监督管理委员会")},
        {{QStringLiteral("事业单位"), QStringLiteral("公务")}, QStringLiteral("安徽省人力资源和社会保障厅")},
        {{QStringLiteral("党"), QStringLiteral("人大"), QStringLiteral("政协")}, QStringLiteral("中共安徽省委组织部")},
        {{QStringLiteral("入伍")}, QStringLiteral("安徽省军区")},
        {{QStringLiteral("海关")}, QStringLiteral("合肥海关")},
        {{QStringLiteral("药品"), QStringLiteral("食品")}, QStringLiteral("安徽省市场监督管理局")},
        {{QStringLiteral("公共资源")}, QStringLiteral("安徽省公共资源交易监督管理局")},
        {{QStringLiteral("文明")}, QStringLiteral("安徽省精神文明建设指导委员会办公室")},
        {{QStringLiteral("律师")}, QStringLiteral("安徽省司法厅")},
    };
    for (const Rule &rule : rules) {
        for (const QString &word : rule.words) {
            if (title.contains(word))
                return rule.department;
        }
    }
    Q_UNUSED(categoryNumber);
    return QStringLiteral("安徽省发展和改革委员会");
}

} // namespace creditdesk::demo
