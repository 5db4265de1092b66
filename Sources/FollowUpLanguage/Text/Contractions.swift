/// Contractions people type without the apostrophe, when the bare spelling is no other word
/// (`well`, `hell`, `shell`, `were`, `its` are left alone).
enum Contractions {
    static let apostrophed: [String: String] = [
        "theyll": "they'll", "theyre": "they're", "theyd": "they'd", "theyve": "they've", "youll": "you'll",
        "itll": "it'll", "shes": "she's", "hes": "he's", "wont": "won't", "cant": "can't", "dont": "don't",
        "didnt": "didn't", "doesnt": "doesn't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't",
        "isnt": "isn't", "wasnt": "wasn't", "werent": "weren't", "arent": "aren't", "couldnt": "couldn't",
        "wouldnt": "wouldn't", "shouldnt": "shouldn't", "whats": "what's", "whos": "who's", "thats": "that's",
        "ive": "i've", "im": "i'm", "weve": "we've", "theres": "there's",
    ]
}
