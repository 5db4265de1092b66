/// Polite openings and fillers that carry no meaning for the intent ("please", 请, 帮我, 麻烦).
enum Politeness {
    static let fillers = PhraseTable<Bool>([
        "please", "pls", "plz", "can you", "could you", "would you", "can u", "could u", "will you", "hey", "hi",
        "ok", "okay", "so", "also", "and", "then", "now", "kindly", "i want to", "i'd like to", "i would like to",
        "let's", "lets", "just", "quickly", "followup", "oh", "um", "uh", "well", "alright", "right",
        "请", "帮我", "麻烦", "麻烦你", "帮忙", "能不能", "可以", "请你", "嗯", "好", "那", "然后", "我要", "我想",
        "给我", "帮我把", "请帮我", "麻烦帮我", "能否", "能", "现在", "好的", "那么", "另外", "还有", "请问", "把", "告诉我", "请告诉我",
    ])

    /// Trailing words that can close a command ("thanks", "please").
    static let closers = PhraseTable<Bool>(["please", "thanks", "thank you", "thx", "pls", "谢谢", "吧", "吗", "呢", "啊"])
}
