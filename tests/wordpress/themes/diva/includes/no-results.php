<div class="entry">
	<h1 class="not-found-title">Inga resultat hittades</h1>
	<p>Sidan du efterfrågade kunde inte hittas. Försök att förfina din sökning eller använd navigeringen ovan för att hitta inlägget.</p>
</div>
