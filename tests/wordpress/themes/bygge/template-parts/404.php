<?php
/**
 * The template for displaying 404 pages (not found).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}
?>
<main id="content" class="site-main">

	<?php if ( apply_filters( 'hello_elementor_page_title', true ) ) : ?>
		<header class="page-header">
			<h1 class="entry-title">Sidan kan inte hittas.</h1>
		</header>
	<?php endif; ?>

	<div class="page-content">
		<p>Det verkar som att ingenting hittades på den här platsen.</p>
	</div>

</main>
