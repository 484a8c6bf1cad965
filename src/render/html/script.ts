// The page's only script: the unit filter box, the group-count switch of the matrix, opening a folded unit a link
// points into, and "print this unit".

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
var groups=document.getElementById('show-groups'),matrix=document.getElementById('matrix');
function showGroups(){matrix.classList.toggle('with-groups',groups.checked);}
groups.addEventListener('change',showGroups);showGroups();
function openAround(el){for(var d=el&&el.closest('details');d;d=d.parentElement&&d.parentElement.closest('details'))d.open=true;}
function openTarget(){var el=document.getElementById(decodeURIComponent(location.hash.slice(1)));if(el){openAround(el);el.scrollIntoView();}}
window.addEventListener('hashchange',openTarget);if(location.hash)openTarget();
document.addEventListener('click',function(e){
var a=e.target.closest&&e.target.closest('a[href^="#"]');
if(a)openAround(document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))));
var b=e.target.closest&&e.target.closest('button[data-print]');if(!b)return;
var unit=document.getElementById(b.getAttribute('data-print'));
var was=unit.open;unit.open=true;document.body.classList.add('print-unit');unit.classList.add('printing');
window.print();
document.body.classList.remove('print-unit');unit.classList.remove('printing');unit.open=was;
});
})();
`;
