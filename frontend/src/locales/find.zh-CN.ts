/** Finding and using a guide: its downloadable forms and the search's "did you mean". */
const find = {
  downloads: {
    title: '表格下载',
    applicationForm: '申请书（空白表格）',
    filledSample: '填写样例',
    resultSample: '结果样本',
    pdf: 'PDF',
    note: '表格按本事项的申请表单生成，可打印后填写，签字盖章后按申请材料要求提交。',
  },
  suggestions: {
    title: '您是不是要找：',
  },
}

export default find
