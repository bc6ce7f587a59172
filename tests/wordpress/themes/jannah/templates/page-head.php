<?php
/**
 * Page Head Area
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?>

<header class="entry-header-outer">

	<?php do_action( 'TieLabs/before_entry_head' ); ?>

	<div class="entry-header">
		<h1 class="post-title entry-title"><?php the_title(); ?></h1>
	</div><!-- .entry-header /-->

	<?php do_action( 'TieLabs/after_entry_head' ); ?>

</header><!-- .entry-header-outer /-->
