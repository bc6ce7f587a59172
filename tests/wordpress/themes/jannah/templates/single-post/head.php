<?php
/**
 * Post Head Area
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

do_action( 'TieLabs/before_post_head' ); ?>

<header class="entry-header-outer">

	<?php do_action( 'TieLabs/before_entry_head' ); ?>

	<div class="entry-header">

		<?php
			// Categories (all of them, as links)
			if ( tie_get_option( 'post_cats' ) ) {
				tie_the_category( '<span class="post-cat-wrap">', '</span>', false );
			}
		?>

		<h1 class="post-title entry-title">
			<?php the_title(); ?>
		</h1>

		<?php

		do_action( 'TieLabs/after_post_title' );

		// Post info section in the single post page
		tie_the_post_meta_single();

		?>
	</div><!-- .entry-header /-->

	<?php do_action( 'TieLabs/after_entry_head' ); ?>

</header><!-- .entry-header-outer /-->

<?php
do_action( 'TieLabs/after_post_head' );
