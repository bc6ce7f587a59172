<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<p class='entry-content'><strong>Inget hittades</strong><br />
Tyvärr, inlägget du letar efter finns inte. Vill du kanske göra en sökning?</p>

<?php get_search_form(); ?>

<div class='hr_invisible'></div>

<section class="404_recommendation">
	<p><strong>För bästa sökresultat, tänk på följande:</strong></p>
	<ul class='borderlist-not'>
		<li>Kontrollera stavningen.</li>
		<li>Ett ord med fel stavning eller en synonym kan ge bättre resultat.</li>
		<li>Försök med färre sökord.</li>
	</ul>

	<div class='hr_invisible'></div>
</section>
