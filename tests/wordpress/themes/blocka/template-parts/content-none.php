<?php
/**
 * Template part for displaying a message that posts cannot be found.
 *
 * @package blocka
 */

?>

<div class="entry-content is-layout-constrained">
	<?php if (is_search()) { ?>
		<p>Tyvärr, inget matchade dina sökord. Försök igen med några andra nyckelord.</p>
	<?php } else { ?>
		<p>Det verkar som att vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.</p>
	<?php } ?>

	<?php echo blocka_search_form(['input_class' => '']); ?>
</div>
