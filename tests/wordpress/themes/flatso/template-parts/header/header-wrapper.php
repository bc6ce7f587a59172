<?php
// Header Top, Main and Bottom, as Flatsome's header-wrapper.php.
get_template_part( 'template-parts/header/header', 'top' );
get_template_part( 'template-parts/header/header', 'main' );
get_template_part( 'template-parts/header/header', 'bottom' );

echo '<div class="header-bg-container fill">';
echo '<div class="header-bg-image fill"></div><div class="header-bg-color fill"></div>';
echo '</div>';
