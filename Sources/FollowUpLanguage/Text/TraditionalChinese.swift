/// Traditional Chinese characters common in this domain, mapped to their simplified forms.
enum TraditionalChinese {
    /// Pairs written as "traditional simplified" strings, one pair per two characters.
    private static let pairs = """
    後后週周號号個个這这來来時时點点錢钱塊块萬万億亿兩两貨货發发單单電电話话郵邮帳账賬账應应還还給给\
    聯联繫系訪访謝谢訴诉問问題题質质產产務务員员經经總总戶户設设幣币種种錄录記记歷历說说認认識识過过\
    們们麼么樣样寫写禮礼開开關关門门見见約约訂订購购買买賣卖會会議议業业處处決决態态師师裝装據据額额\
    級级統统計计報报幫帮請请煩烦讓让鐘钟準准備备簡简訊讯撥拨複复覆复沒没嗎吗將将東东華华貿贸團团廠厂\
    長长專专區区馬马陳陈劉刘張张趙赵孫孙楊杨黃黄吳吴鄭郑許许葉叶鄧邓蕭萧羅罗韓韩馮冯蘇苏盧卢蔣蒋賈贾\
    閻阎覽览顯显歡欢祝祝節节慶庆壽寿務务齡龄數数據据務务筆笔額额項项筆笔淨净餘余結结帳账轉转匯汇؟?\
    內内週周禮礼僅仅麵面達达遲迟誤误銷销質质錯错壞坏換换貼贴紀纪錄录況况狀状準准網网絡络訊讯碼码與与\
    為为無无幾几們们體体係系術术廣广場场館馆區区憶忆隨随
    """

    static let simplified: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let scalars = Array(pairs.unicodeScalars.filter { Normalizer.isCJK($0) })
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] != scalars[i + 1] { table[scalars[i]] = scalars[i + 1] }
            i += 2
        }
        return table
    }()
}
