// The page's only script: the unit filter box (hides matrix rows and index entries) and "print this unit".

export const REPORT_SCRIPT = `
(function(){
var box=document.getElementById('unit-filter'),out=document.getElementById('filter-count');
var rows=Array.prototype.slice.call(document.querySelectorAll('[data-unit]'));
function apply(){
var q=box.value.trim().toLowerCase(),names={};
rows.forEach(function(el){var hit=!q||el.getAttribute('data-unit').toLowerCase().indexOf(q)>=0;el.hidden=!hit;if(hit&&el.classList.contains('unit'))names[el.id]=1;});
out.textContent=q?out.getAttribute('data-label').replace('{n}',Object.keys(names).length):'';
}
box.addEventListener('input',apply);
document.addEventListener('click',function(e){
var b=e.target.closest&&e.target.closest('button[data-print]');if(!b)return;
var unit=document.getElementById(b.getAttribute('data-print'));
document.body.classList.add('print-unit');unit.classList.add('printing');
window.print();
document.body.classList.remove('print-unit');unit.classList.remove('printing');
});
})();
`;
