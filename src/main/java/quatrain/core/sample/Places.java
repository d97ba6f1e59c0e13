package quatrain.core.sample;

import java.util.List;

/**
 * Where the prophecies happen. Every name here was made up for this grammar, to sound like an old map of
 * France, Italy, Spain, the German lands or the east; any likeness to a real village is chance.
 */
final class Places {
    /** Single words (hyphens allowed), so a template may write {@code {P}'s}. */
    static final List<String> TOWNS = Words.words("""
            Arlemont Vessaine Pontrave Castelmor Dunmere Valbrune Orvanne Serrat Tolvane Marrach Quessin
            Lurance Corvelle Hautbois Bellanche Carvoise Drumault Escarre Fontenelle Gavrolle Istrenne Jorvaux
            Kelmarch Lisaure Mirandol Norvaise Ombrelle Pellegrue Quintaille Rossanne Sabrenne Tervaux Ulmarin
            Varenne Wendmark Ysaumont Zarrenne Brevane Caldrune Dornay Falconnet Gisormel Halvergne Ivrenne
            Lanvarre Merrowgate Nethercombe Oakhollow Pellinmoor Ravensholm Stonebury Thornwick Ulverdale
            Westerholt Ashcombe Brackenford Dunhallow Eldermere Fallowmarsh Greyhaven Hollowell Millbrook
            Northmoor Oldcastle Pennock Redmarsh Saltwick Thistledown Underhill Vellmoor Whitcombe Yarrowby
            Corlaccio Valdimonte Sorreno Castrovaldo Montesecco Pietralba Rocchetta Vallombra Torrenera
            Belvedra Sanfrano Brenzano Calvara Dorvello Fiumara Gallonte Lucerra Marvento Hallstein Kronfeld
            Marbeck Osterwald Rabenau Steinholm Thalburg Weidenbrook Altgrund Brennhof Dunkelbach Eisenmark
            Falkenrode Grauburg Hohenmoor Iserwald Almareja Benalcor Castrejon Duraval Fuentebrava Guadalmar
            Hontoria Lorcava Miravalle Olmedilla Penaroja Riodorado Sotomar Tordesal Valdeluz Zaramora Bralov
            Czernik Korsovar Ludomir Mirograd Novaszek Pelvarin Radoszin Strelnik Tarnovel Vysmir Zelograd
            Saint-Auberon Port-Lenoir Mont-Sorel Val-d'Ombre Bourg-Ardent Pont-Sauvin Roche-Grise
            """);

    /** River names; the grammar puts "the" before them. */
    static final List<String> RIVERS = Words.words("""
            Lurre Vessonne Tamarre Sarranne Dauve Brisque Orvette Calvenne Dorance Esque Grannet Hollin Iselle
            Jorre Kessel Lunne Nesse Rhondel Sable Umber Varre Wend Zorre Argent Aulde Cressant Dolbre Elme
            Fennick Gorre Blackwater Greywater Silverrun Mirrel Ostre Pavonne Quillet Tessaure Virelle
            """);

    static final List<String> MOUNTAINS = Words.phrases("""
            the Greyfells | the Drakenspine | Mount Caldre | the Seven Peaks | the Ironhorns | the Whitecrowns
            Mount Vesper | the Ashen Heights | the Hollow Mountain | the Cold Ridge | the Varrescas
            the Orlhorns | Mount Tessaly | the Brindle Hills | the Morrowdowns | the Kettle Crags | the Antlers
            the Harrowfells | Mount Gaulle | the Sister Peaks | the Old Shoulder | the Crooked Teeth
            the Pale Summit | the Raven Tors | the Lantern Hills | Mount Ossery | the Blue Escarpment
            the Salt Mountains | the Weeping Cliffs | the Thunder Pass | the Eagle's Stair | the Giant's Chair
            Mount Sorrow | the Frozen Saddle
            """);

    /** Kingdoms and regions, used as noun phrases ("from Valdoria", "from the eastern marches"). */
    static final List<String> LANDS = Words.phrases("""
            Valdoria | Carvannia | Dalmoria | Estrevia | Galladon | Ilyra | Lombrecht | Marvessa | Orsenne
            Palavia | Rhodane | Savrenne | Valmorra | Wessandry | Aquilane | Ostravel | Meridane | Varenthe
            Brennland | Kestria | the northern kingdom | the eastern marches | the western isles
            the salt plains | the land of two rivers | the southern shore | the low marshes | the high passes
            the free cities | the old empire | the island realm | the border country | the wine country
            the iron lands | the frozen north | the burning south
            """);

    static final List<String> SEAS = Words.phrases("""
            the Grey Sea | the Middle Sea | the Salt Gulf | the Western Ocean | the Bitter Lake | the Inner Sea
            the Straits of Merrow | the Amber Coast | the Bay of Corvelle | the Green Gulf | the Cold Sound
            the Sea of Lamps | the Long Water | the Black Mere | the Dead Shallows | the Silver Firth
            the Harbour of Kings | the Broad Estuary
            """);

    /** Places without a name, for lines that should not pin the prophecy down. */
    static final List<String> NAMELESS = Words.phrases("""
            the walled city | the white city | the city of bridges | the harbour town | the town by the ford
            the city of seven gates | the hill fort | the old capital | the holy city | the market town
            the island fortress | the abbey on the rock | the city of towers | the drowned village
            the border keep | the free port | the salt town | the mining town | the lagoon city
            """);

    static final List<String> SAINTS = Words.phrases("""
            Saint Corvin | Saint Aubeline | Saint Merou | Saint Hilarin | Saint Ombeline | Saint Gaudric
            Saint Pernelle | Saint Ansoric | Saint Verane | Saint Odrin | Saint Claudrine | Saint Bertolin
            Saint Emmerand | Saint Fulbric | Saint Isaure | Saint Jorvan | Saint Lucillan | Saint Marrowin
            """);

    private Places() {
    }
}
