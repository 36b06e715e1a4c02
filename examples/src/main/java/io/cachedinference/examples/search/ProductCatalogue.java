package io.cachedinference.examples.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A small e-commerce catalogue, generated deterministically: 16 categories (手机壳 phone cases,
 * 耳机 earphones, 充电器 chargers, …) of 20 products each, named in Chinese and English from a
 * brand, an attribute and a colour; and the few hundred queries shoppers type against it.
 */
public final class ProductCatalogue {

    /** Products per category. */
    static final int PER_CATEGORY = 20;

    private static final long SEED = 20261127L;

    private record Term(String zh, String en) {
    }

    private record Category(Term name, List<Term> brands, List<Term> attributes) {
    }

    private static final List<Term> COLOURS = terms("黑色", "Black", "白色", "White", "蓝色", "Blue", "粉色", "Pink",
            "灰色", "Grey");

    private static final List<Category> CATEGORIES = List.of(
            category("手机壳", "Phone Case", terms("苹果", "Apple", "华为", "Huawei", "小米", "Xiaomi", "三星", "Samsung"),
                    terms("透明", "Clear", "防摔", "Shockproof", "磁吸", "Magnetic", "硅胶", "Silicone", "皮革", "Leather")),
            category("耳机", "Earphones", terms("华为", "Huawei", "小米", "Xiaomi", "索尼", "Sony", "漫步者", "Edifier"),
                    terms("无线", "Wireless", "降噪", "Noise-Cancelling", "蓝牙", "Bluetooth", "入耳式", "In-Ear",
                            "头戴式", "Over-Ear")),
            category("充电器", "Charger", terms("安克", "Anker", "倍思", "Baseus", "小米", "Xiaomi", "华为", "Huawei"),
                    terms("快充", "Fast", "氮化镓", "GaN", "65W", "65W", "多口", "Multi-Port")),
            category("数据线", "Cable", terms("绿联", "UGREEN", "安克", "Anker", "倍思", "Baseus", "小米", "Xiaomi"),
                    terms("Type-C", "Type-C", "编织", "Braided", "快充", "Fast-Charging", "2米", "2 m")),
            category("充电宝", "Power Bank", terms("小米", "Xiaomi", "安克", "Anker", "倍思", "Baseus", "罗马仕", "Romoss"),
                    terms("10000mAh", "10000mAh", "20000mAh", "20000mAh", "磁吸", "Magnetic", "超薄", "Slim")),
            category("智能手表", "Smartwatch", terms("华为", "Huawei", "苹果", "Apple", "小米", "Xiaomi", "佳明", "Garmin"),
                    terms("运动", "Sports", "心率", "Heart-Rate", "GPS", "GPS", "长续航", "Long-Battery")),
            category("键盘", "Keyboard", terms("罗技", "Logitech", "雷蛇", "Razer", "达尔优", "Dareu", "联想", "Lenovo"),
                    terms("机械", "Mechanical", "无线", "Wireless", "静音", "Silent", "游戏", "Gaming")),
            category("鼠标", "Mouse", terms("罗技", "Logitech", "雷蛇", "Razer", "小米", "Xiaomi", "联想", "Lenovo"),
                    terms("无线", "Wireless", "蓝牙", "Bluetooth", "静音", "Silent", "人体工学", "Ergonomic")),
            category("平板电脑", "Tablet", terms("华为", "Huawei", "苹果", "Apple", "小米", "Xiaomi", "联想", "Lenovo"),
                    terms("11英寸", "11-Inch", "学习", "Study", "护眼", "Eye-Care", "256GB", "256GB")),
            category("笔记本电脑", "Laptop", terms("联想", "Lenovo", "华为", "Huawei", "戴尔", "Dell", "华硕", "ASUS"),
                    terms("轻薄", "Thin and Light", "游戏", "Gaming", "14英寸", "14-Inch", "办公", "Business")),
            category("运动鞋", "Running Shoes", terms("耐克", "Nike", "阿迪达斯", "Adidas", "李宁", "Li-Ning", "安踏", "Anta"),
                    terms("跑步", "Running", "透气", "Breathable", "减震", "Cushioned", "男款", "Men's")),
            category("保温杯", "Thermos", terms("膳魔师", "Thermos", "象印", "Zojirushi", "虎牌", "Tiger", "富光", "Fuguang"),
                    terms("316不锈钢", "316 Stainless", "大容量", "Large", "便携", "Portable", "儿童", "Kids")),
            category("双肩包", "Backpack", terms("新秀丽", "Samsonite", "小米", "Xiaomi", "瑞士军刀", "Swissgear", "耐克", "Nike"),
                    terms("防水", "Waterproof", "电脑", "Laptop", "旅行", "Travel", "学生", "Student")),
            category("台灯", "Desk Lamp", terms("欧普", "OPPLE", "小米", "Xiaomi", "飞利浦", "Philips", "雷士", "NVC"),
                    terms("LED", "LED", "护眼", "Eye-Care", "充电", "Rechargeable", "折叠", "Foldable")),
            category("蓝牙音箱", "Bluetooth Speaker", terms("JBL", "JBL", "索尼", "Sony", "小米", "Xiaomi", "漫步者", "Edifier"),
                    terms("便携", "Portable", "防水", "Waterproof", "低音", "Bass", "户外", "Outdoor")),
            category("钢化膜", "Screen Protector", terms("苹果", "Apple", "华为", "Huawei", "小米", "Xiaomi", "三星", "Samsung"),
                    terms("防窥", "Privacy", "高清", "HD", "防蓝光", "Anti-Blue-Light", "全屏", "Full-Cover")));

    private static final ProductCatalogue STANDARD = new ProductCatalogue();

    private final List<Product> products;
    private final List<String> queries;

    private ProductCatalogue() {
        Random random = new Random(SEED);
        List<Product> all = new ArrayList<>();
        for (Category c : CATEGORIES) {
            for (int j = 0; j < PER_CATEGORY; j++) {
                Term brand = c.brands().get(j % c.brands().size());
                Term attribute = c.attributes().get(random.nextInt(c.attributes().size()));
                Term colour = COLOURS.get(random.nextInt(COLOURS.size()));
                String id = String.format("P%04d", all.size() + 1);
                String name = brand.zh() + " " + attribute.zh() + c.name().zh() + " " + colour.zh();
                String nameEn = brand.en() + " " + attribute.en() + " " + c.name().en() + ", " + colour.en();
                int priceCents = (19 + random.nextInt(480)) * 100 + 90;
                all.add(new Product(id, c.name().zh(), name, nameEn, priceCents));
            }
        }
        this.products = List.copyOf(all);
        this.queries = List.copyOf(buildQueries(random));
    }

    /** The catalogue; every call returns the same products and queries. */
    public static ProductCatalogue standard() {
        return STANDARD;
    }

    /** Every product, in identifier order. */
    public List<Product> products() {
        return products;
    }

    /**
     * The queries shoppers type, most popular first: 手机壳 leads, then a fixed shuffle of every
     * category, brand + category and attribute + category, in Chinese and in English.
     */
    public List<String> queries() {
        return queries;
    }

    private static List<String> buildQueries(Random random) {
        Set<String> rest = new LinkedHashSet<>();
        for (Category c : CATEGORIES) {
            rest.add(c.name().zh());
            rest.add(c.name().en().toLowerCase(java.util.Locale.ROOT));
            for (Term brand : c.brands()) {
                rest.add(brand.zh() + c.name().zh());
                rest.add(brand.en() + " " + c.name().en().toLowerCase(java.util.Locale.ROOT));
            }
            for (Term attribute : c.attributes()) {
                rest.add(attribute.zh() + c.name().zh());
                rest.add(attribute.en().toLowerCase(java.util.Locale.ROOT) + " "
                        + c.name().en().toLowerCase(java.util.Locale.ROOT));
            }
        }
        rest.remove("手机壳");
        List<String> shuffled = new ArrayList<>(rest);
        Collections.shuffle(shuffled, random);
        List<String> queries = new ArrayList<>(shuffled.size() + 1);
        queries.add("手机壳");
        queries.addAll(shuffled);
        return queries;
    }

    private static Category category(String zh, String en, List<Term> brands, List<Term> attributes) {
        return new Category(new Term(zh, en), brands, attributes);
    }

    private static List<Term> terms(String... zhEn) {
        List<Term> terms = new ArrayList<>(zhEn.length / 2);
        for (int i = 0; i < zhEn.length; i += 2) {
            terms.add(new Term(zhEn[i], zhEn[i + 1]));
        }
        return List.copyOf(terms);
    }
}
