<?php
/**
 * Inga träffar.
 *
 * @package Flod
 */
?>
<section class="no-results not-found flod-empty">
	<?php if ( is_search() ) : ?>
		<p>Vi hittade inga artiklar som matchade din sökning. Prova med andra sökord.</p>
		<?php get_search_form(); ?>
	<?php else : ?>
		<p>Här finns inga artiklar ännu.</p>
	<?php endif; ?>
</section>
