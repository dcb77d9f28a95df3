from tests.conversation_support import text_of


async def test_probe(guest):
    for msg in ["hola! del treinta al treintaiuno para 2?"]:
        print(">>", msg)
        print(text_of(await guest.say(msg)))
