<?php
/**
 * Archive / search head box
 *
 * @var array $args title, description
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

$title       = isset( $args['title'] ) ? $args['title'] : '';
$description = isset( $args['description'] ) ? $args['description'] : '';

?>

<header class="entry-header-outer container-wrapper">
	<?php do_action( 'TieLabs/before_archive_title' ); ?>
	<h1 class="page-title"><?php echo $title; ?></h1>
	<?php
		if ( ! empty( $description ) ) {
			echo '<div class="taxonomy-description entry">' . wp_kses_post( $description ) . '</div>';
		}
	?>
</header><!-- .entry-header-outer /-->
