/** 申请人办件相关的界面文字（在线申请、我的办件、消息）。 */
const apply = {}

export default apply
