package quatrain.core.sample;

import java.util.List;

/** Things, beasts, weather, omens and the words that describe them. */
final class Lexicon {
    /** Objects a hand can hold, carry or break. */
    static final List<Noun> THINGS = Words.nouns("""
            sword crown sceptre throne mitre helm shield spear lance banner seal ring cup chalice chain fetter
            bell torch lamp candle book scroll letter treaty coin loaf:loaves cloak robe veil mask key door
            window stair bed cradle coffin shroud plough scythe sickle hammer anvil net cage rope noose axe
            dagger vial arrow bow sail mast anchor oar galley ship boat barge cart wheel saddle bridle spur
            horn drum trumpet harp lute flag relic casket coffer purse ledger map compass hourglass mirror
            lantern goblet knife:knives needle spindle loom distaff thread glove gauntlet girdle brooch
            necklace diadem coronet orb staff:staves censer pennant tapestry portrait statue idol effigy
            tablet charter decree edict verdict warrant wager standard sheaf:sheaves cask barrel
            """);

    /** Buildings and works of hands that a town can lose. */
    static final List<Noun> HALLS = Words.nouns("""
            wall gate tower bridge harbour fortress citadel temple abbey palace prison dungeon vault tomb
            altar well fountain mill forge granary market square road church chapel cathedral cloister convent
            monastery castle keep bastion rampart moat arsenal armoury treasury mint tavern inn hospital
            almshouse stable barn cellar hall chamber courtyard vineyard quarry mine lighthouse belfry spire
            dome arch aqueduct cistern causeway wharf quay dock shipyard gatehouse drawbridge portcullis crypt
            catacomb ossuary house hovel manor villa hamlet village bell-tower sea-wall watchtower
            """);

    /** The land outside the walls. */
    static final List<Noun> WILDS = Words.nouns("""
            field meadow forest wood marsh fen bog moor heath shore cliff cave isle valley plain hill rock dune
            glade grove thicket ravine gorge cove lagoon lake pool spring brook stream delta estuary headland
            cape pass ridge slope crag peak summit glacier plateau steppe wasteland wilderness vale dell hollow
            barrow mound crossroads:crossroads orchard garden ford ferry
            """);

    /** Weather and the elements, singular and uncounted. */
    static final List<String> SKY = Words.words("""
            hail frost rain wind storm thunder lightning cloud mist fog dew snow ice gale whirlwind sleet smoke
            ash dust flame fire darkness heat tide flood
            """);

    static final List<Noun> BEASTS = Words.nouns("""
            wolf:wolves lion eagle serpent boar bear raven crow dove ram bull goat fox hare toad frog griffin
            dragon leopard lynx hawk falcon owl heron stork swan swine:swine horse mare stallion hound cockerel
            locust bee hornet scorpion adder viper whale dolphin pike salmon:salmon eel crab bat moth spider rat
            mouse:mice weasel stag hind ox:oxen lamb ewe calf:calves goose:geese magpie jackdaw vulture kite
            sparrow lark nightingale peacock pelican cormorant gull albatross tortoise lizard basilisk unicorn
            hydra salamander wyvern camel elephant ape badger otter beaver sow hog mule donkey cat dog worm
            leech wasp gnat beetle cricket snail oyster carp sturgeon herring
            """);

    static final List<Noun> PLANTS = Words.nouns("""
            rose lily laurel oak elm yew cedar cypress willow reed thorn vine olive fig poppy nettle ivy hemlock
            nightshade mandrake rosemary thistle bramble briar heather fern moss mistletoe hawthorn blackthorn
            birch beech pine fir alder hazel rowan chestnut walnut almond pomegranate vetch clover lotus myrtle
            juniper
            """);

    static final List<Noun> LIMBS = Words.nouns("""
            hand eye heart tongue head beard bone skull tooth:teeth foot:feet throat brow cheek lip knee
            shoulder rib spine finger fist jaw wrist
            """);

    static final List<String> ADJECTIVES = Words.words("""
            ancient bitter broken burning cold crooked dark deep dim distant dreadful dry empty faithless fallen
            fierce frozen gilded grim hollow holy idle jealous lofty lonely low mighty narrow noble obscure open
            painted poor quiet ragged rich rotten sacred savage scattered secret shadowed sharp shattered
            shining sick slow sodden solemn sorrowful stern still strange strong sudden swift tall tarnished
            terrible thin troubled vast veiled wasted weary wet wicked wild withered woeful wretched ruined
            forsaken accursed unholy blessed bright brittle brazen charred cloven crumbling cursed dire dusty
            eerie endless fading fearful feverish fiery foul fragrant gaunt ghostly glittering gnarled grievous
            hallowed harsh haunted heavy humble hungry icy infamous leaden marble meagre melancholy merciless
            molten mournful murky mute numberless ominous ornate perilous pitiless plundered poisoned quaking
            rampant rare ravenous rusted scorched shameful shrouded silken sombre spectral splendid stained
            starless stolen stony sullen sunken tangled tattered tender thirsty thorny tireless twisted
            unburied unknown unseen untamed unwalled venomous vile wakeful wayward widowed windless wintry
            wooden worn bleak frail vain hoary craven fickle feral unquiet lawless godless sunless moonless
            fatherless eyeless headless rootless bloodless rainless blood-red iron-shod half-built sea-girt
            storm-tossed wind-blown moon-pale sun-scorched frost-bitten ash-grey two-headed ill-omened
            many-headed well-born half-drowned fire-blackened moss-grown worm-eaten rain-soaked salt-white
            bone-white
            """);

    static final List<String> COLOURS = Words.words("""
            red white black grey green blue golden silver crimson scarlet azure purple violet russet tawny
            ashen ivory sable vermilion ochre amber copper pallid dun sallow
            """);

    /** Signs in the sky and on the earth; every one a singular noun phrase. */
    static final List<String> OMENS = Words.phrases("""
            a comet | an eclipse | fire in the sky | blood rain | a bearded star | a second sun | a black sun
            a red moon | a rain of frogs | a rain of ash | a rain of stones | a two-headed calf | a falling star
            a star with three tails | a light over the marsh | a voice in the well | a bell that rings alone
            a ring around the moon | a halo of fire | thunder in winter | snow at harvest | a hail of salt
            a white raven | a wolf in the square | an owl at noon | a swarm of locusts | a plague of rats
            a weeping statue | a fountain of blood | a cloud like a sword | a sun without warmth | a sky of iron
            a green fire on the water | a lamb with iron teeth | a calf born crowned | a fish with a crown
            a dry well in spring | a mist that will not lift | a tide that will not turn
            a river running backward | a shadow at midday | a wind from the tombs | lightning on the bell-tower
            a crack in the great bell | a swan in black feathers | a rain of burning pitch
            a star above the cradle | a crowned serpent | a horse that speaks | a child born with teeth
            an eagle fallen in the market | a meteor at midnight | a drought in the rainy month
            the sea drawn back from the shore | a crimson dawn | a halo round the sun | a tree that bleeds
            a stone that sweats | a great earthquake | a bloody fog
            """);

    static final List<String> CALAMITIES = Words.words("""
            war plague famine pestilence drought flood fire schism revolt treason slaughter siege hunger fever
            blight murrain tempest earthquake exile ruin discord heresy sedition mutiny massacre dearth sickness
            plunder anarchy tyranny bondage
            """);

    static final List<String> ABSTRACTS = Words.words("""
            peace mercy grief sorrow thirst greed pride envy wrath fear hope faith doubt glory shame honour
            silence concord victory defeat conquest ransom tribute debt fortune fate doom vengeance justice
            folly wisdom madness treachery loyalty valour cowardice avarice sloth patience penance plenty
            poverty wealth joy laughter mourning malice deceit truth falsehood secrecy liberty obedience
            dominion sovereignty succession inheritance alliance enmity rivalry kinship betrayal lamentation
            rejoicing repentance forgiveness remembrance oblivion
            """);

    static final List<String> ADVERBS = Words.words("""
            swiftly slowly silently secretly openly bitterly gladly sorely wholly softly loudly boldly vainly
            justly cruelly gently gravely strangely suddenly humbly proudly wearily hastily meekly fiercely
            wildly sadly darkly dimly deeply faithfully falsely utterly twice thrice anew afar abroad aloft
            apart asunder alone together again
            """);

    private Lexicon() {
    }
}
