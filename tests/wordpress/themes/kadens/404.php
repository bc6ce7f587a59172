<?php
/**
 * 404.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

get_header();
?>
<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
			<section class="error-404 not-found">
				<div class="entry-content-wrap">
					<header class="page-header">
						<h1 class="page-title">Oj! Sidan kunde inte hittas.</h1>
					</header>
					<div class="page-content">
						<p>Det verkar som att ingenting finns här. Prova att söka i stället?</p>
						<?php get_search_form(); ?>
					</div>
				</div>
			</section>
		</main>
	</div>
</div>
<?php
get_footer();
