<section class="no-results not-found">
	<header class="page-title">
		<h1 class="page-title">Inget hittades</h1>
	</header>

	<div class="page-content">
		<?php if ( is_search() ) : ?>

			<p>Tyvärr matchade ingenting dina sökord. Försök igen med andra nyckelord.</p>
			<?php get_search_form(); ?>

		<?php else : ?>

			<p>Det verkar som att vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.</p>
			<?php get_search_form(); ?>

		<?php endif; ?>
	</div>
</section>
