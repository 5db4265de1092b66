import XCTest
import FollowUpCore

final class MoneyTests: XCTestCase {
    func testFormattedGroupsThousands() {
        XCTAssertEqual(Money(minor: 1_250_000, currency: .cny).formatted, "¥12,500")
        XCTAssertEqual(Money(minor: 120_050, currency: .usd).formatted, "$1,200.50")
        XCTAssertEqual(Money(minor: 100_000_000, currency: .cny).formatted, "¥1,000,000")
        XCTAssertEqual(Money(minor: 12_345_678_901, currency: .cny).formatted, "¥123,456,789.01")
        XCTAssertEqual(Money(minor: 99_900, currency: .cny).formatted, "¥999")
        XCTAssertEqual(Money(minor: 100_000, currency: .eur).formatted, "€1,000")
        XCTAssertEqual(Money(minor: 100_000, currency: .gbp).formatted, "£1,000")
        XCTAssertEqual(Money(minor: 100_000, currency: .hkd).formatted, "HK$1,000")
    }

    func testFormattedFractions() {
        XCTAssertEqual(Money(minor: 5, currency: .usd).formatted, "$0.05")
        XCTAssertEqual(Money(minor: 50, currency: .usd).formatted, "$0.50")
        XCTAssertEqual(Money(minor: 999, currency: .cny).formatted, "¥9.99")
        XCTAssertEqual(Money(minor: 100, currency: .cny).formatted, "¥1")
        XCTAssertEqual(Money(minor: 0, currency: .cny).formatted, "¥0")
    }

    func testFormattedNegatives() {
        XCTAssertEqual(Money(minor: -30_000, currency: .cny).formatted, "-¥300")
        XCTAssertEqual(Money(minor: -120_050, currency: .usd).formatted, "-$1,200.50")
        XCTAssertEqual(Money(minor: -5, currency: .usd).formatted, "-$0.05")
        XCTAssertEqual(Money(minor: -1_234_567, currency: .jpy).formatted, "-JP¥1,234,567")
    }

    func testYenHasNoDecimals() {
        XCTAssertEqual(Currency.jpy.minorDigits, 0)
        XCTAssertEqual(Currency.jpy.scale, 1)
        XCTAssertEqual(Money(minor: 1_234_567, currency: .jpy).formatted, "JP¥1,234,567")
        XCTAssertEqual(Money(minor: 5, currency: .jpy).formatted, "JP¥5")
        XCTAssertEqual(Money(minor: 1234, currency: .jpy).plain, "1234")
    }

    func testPlain() {
        XCTAssertEqual(Money(minor: 120_050, currency: .usd).plain, "1200.5")
        XCTAssertEqual(Money(minor: 240_000, currency: .cny).plain, "2400")
        XCTAssertEqual(Money(minor: 120_001, currency: .usd).plain, "1200.01")
        XCTAssertEqual(Money(minor: 5, currency: .usd).plain, "0.05")
        XCTAssertEqual(Money(minor: -5, currency: .usd).plain, "-0.05")
        XCTAssertEqual(Money(minor: -30_000, currency: .cny).plain, "-300")
        XCTAssertEqual(Money(minor: 0, currency: .cny).plain, "0")
        XCTAssertEqual(Money(minor: 1_250_000, currency: .cny).plain, "12500")
    }

    func testInitFromHundredths() {
        XCTAssertEqual(Money(hundredths: 123_450, currency: .cny).minor, 123_450)
        XCTAssertEqual(Money(hundredths: 120_050, currency: .usd), Money(minor: 120_050, currency: .usd))
        // Yen: hundredths of a yen become whole yen.
        XCTAssertEqual(Money(hundredths: 123_400, currency: .jpy).minor, 1234)
        XCTAssertEqual(Money(hundredths: 500_000, currency: .jpy).formatted, "JP¥5,000")
        // A three-digit currency: one major unit is 1000 minor units.
        let kwd = Currency(code: "KWD", symbol: "KD", minorDigits: 3)
        XCTAssertEqual(kwd.scale, 1000)
        XCTAssertEqual(Money(hundredths: 150, currency: kwd).minor, 1500)
        XCTAssertEqual(Money(hundredths: 150, currency: kwd).plain, "1.5")
    }

    func testArithmetic() {
        let a = cny(100), b = cny(30)
        XCTAssertEqual(a + b, cny(130))
        XCTAssertEqual(a - b, cny(70))
        XCTAssertEqual(-a, cny(-100))
        XCTAssertEqual((b - a).formatted, "-¥70")
        XCTAssertTrue(Money.zero(.usd).isZero)
        XCTAssertEqual(Money.zero(.usd).currency, .usd)
        XCTAssertTrue(a.isPositive)
        XCTAssertFalse((-a).isPositive)
        XCTAssertEqual(a.description, "¥100")
    }

    func testCurrencyNamed() {
        XCTAssertEqual(Currency.named("usd"), .usd)
        XCTAssertEqual(Currency.named("CNY"), .cny)
        XCTAssertEqual(Currency.named("Jpy"), .jpy)
        let xyz = Currency.named("xyz")
        XCTAssertEqual(xyz?.code, "XYZ")
        XCTAssertEqual(xyz?.minorDigits, 2)
        XCTAssertEqual(xyz.map { Money(minor: 100_000, currency: $0).formatted }, "XYZ 1,000")
        XCTAssertNil(Currency.named(""))
        XCTAssertNil(Currency.named("US"))
        XCTAssertNil(Currency.named("USDX"))
        XCTAssertNil(Currency.named("U5D"))
        XCTAssertNil(Currency.named("元元元"))
    }

    func testCurrencyOfALocale() {
        XCTAssertEqual(Currency.forLocale("en_US.UTF-8"), .usd)
        XCTAssertEqual(Currency.forLocale("zh_CN.utf8"), .cny)
        XCTAssertEqual(Currency.forLocale("zh_HK"), .hkd)
        XCTAssertEqual(Currency.forLocale("de_DE@euro"), .eur)
        XCTAssertEqual(Currency.forLocale("ja_JP.UTF-8"), .jpy)
        XCTAssertEqual(Currency.forLocale("zh_TW.UTF-8")?.code, "TWD")
        XCTAssertNil(Currency.forLocale("C.UTF-8"))
        XCTAssertNil(Currency.forLocale("POSIX"))
        XCTAssertNil(Currency.forLocale("en"))
        XCTAssertNil(Currency.forLocale("xx_ZZ"))
    }
}
